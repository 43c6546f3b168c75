/**
 * The roles a county staff account carries (DESIGN.md §1, "staff"). One role per token; a
 * supervisor additionally holds the clerk's powers.
 */
export const STAFF_ROLES = [
  /** 受理/经办: accepts applications, checks materials, handles cases at the counter. */
  'CLERK',
  /** Enters assessment designations and conclusions (R3, R8, R9). */
  'ASSESSOR',
  /** Runs publicity and records objections (R10). */
  'PUBLICITY_OFFICER',
  /** Reviews and approves at the hukou county (R11). */
  'APPROVER',
  /** Prints cards and records dispatch (R12). */
  'PRINTER',
  /** May override the one-year block of R7 and do everything a clerk does. */
  'SUPERVISOR',
  /** Read-only: may look but never change anything. */
  'AUDITOR',
] as const;

/** One of {@link STAFF_ROLES}. */
export type StaffRole = (typeof STAFF_ROLES)[number];

/** Roles whose powers another role includes besides its own. */
const INCLUDED_ROLES: Readonly<Record<StaffRole, readonly StaffRole[]>> = {
  CLERK: [],
  ASSESSOR: [],
  PUBLICITY_OFFICER: [],
  APPROVER: [],
  PRINTER: [],
  SUPERVISOR: ['CLERK'],
  AUDITOR: [],
};

/** Whether a value names a staff role. */
export function isStaffRole(value: unknown): value is StaffRole {
  return typeof value === 'string' && (STAFF_ROLES as readonly string[]).includes(value);
}

/** Whether a holder of `role` may act as `required` (a supervisor acts as a clerk). */
export function roleIncludes(role: StaffRole, required: StaffRole): boolean {
  return role === required || INCLUDED_ROLES[role].includes(required);
}

/** Whether a holder of `role` may act as any of `allowed`. */
export function roleSatisfiesAny(role: StaffRole, allowed: readonly StaffRole[]): boolean {
  return allowed.some((required) => roleIncludes(role, required));
}

/** Whether a role may only read (an auditor never changes anything). */
export function isReadOnlyRole(role: StaffRole): boolean {
  return role === 'AUDITOR';
}
