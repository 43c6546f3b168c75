/** Rule ids of DESIGN.md §2 (R1–R35) and the national standards the domain applies. */
export const RULE_IDS = [
  'R1',
  'R2',
  'R3',
  'R4',
  'R5',
  'R6',
  'R7',
  'R8',
  'R9',
  'R10',
  'R11',
  'R12',
  'R13',
  'R14',
  'R15',
  'R16',
  'R17',
  'R18',
  'R19',
  'R20',
  'R21',
  'R22',
  'R23',
  'R24',
  'R25',
  'R26',
  'R27',
  'R28',
  'R29',
  'R30',
  'R31',
  'R32',
  'R33',
  'R34',
  'R35',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** Standards cited where no R-rule applies (number formats, classification, division codes). */
export const STANDARD_IDS = [
  'GB 11643-1999',
  'GB/T 26341-2010',
  'GB/T 2260',
  'CERTIFICATE_NUMBER',
  'WORKING_DAYS',
  'ISO 8601',
] as const;
export type StandardId = (typeof STANDARD_IDS)[number];

/** What a violation cites: a DESIGN.md rule or a standard. */
export type RuleReference = RuleId | StandardId;
