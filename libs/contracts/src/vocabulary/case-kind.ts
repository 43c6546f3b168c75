/** The nine kinds of case are a domain fact; the wire uses the same literals. */
export { CASE_KINDS, type CaseKind } from '@tongban/domain';

/** R6: an application comes in at the counter (staff enter it) or online (the applicant does). */
export const INTAKE_CHANNELS = ['ON_SITE', 'ONLINE'] as const;
export type IntakeChannel = (typeof INTAKE_CHANNELS)[number];
