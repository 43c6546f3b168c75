/**
 * @tongban/auth — staff access of every service (issue 4 item 10, R32): signed staff tokens,
 * the global guard, role and county checks, and an audit line for every refusal.
 */
/** Staff roles, what each may do, and role inclusion (a supervisor acts as a clerk). */
export * from './roles/staff-role';
/** The verified staff member of a request. */
export * from './roles/staff-principal';
/** Staff token claims and their validation rules. */
export * from './tokens/staff-token-claims';
/** Issuing and verifying HS256 staff tokens; rejection reasons. */
export * from './tokens/staff-token.service';
/** @Public(), @Roles(...), @CurrentStaff() and their metadata keys. */
export * from './guard/auth.decorators';
/** The request shape the guard reads and the principal it attaches. */
export * from './guard/staff-request';
/** Telling staff from the public on any route, without refusing anyone. */
export * from './guard/staff-recognition';
/** The global guard: bearer token, served county, role, read-only roles. */
export * from './guard/staff-auth.guard';
/** R32: staff see only cases their county takes part in. */
export * from './access/case-access.policy';
/** Structured audit lines for refused staff requests. */
export * from './audit/staff-access-audit';
/** The module a service imports to protect its HTTP routes. */
export * from './auth.module';
