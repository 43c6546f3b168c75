import { IsIn, IsInt, IsString, IsUUID, Matches, Min, validateSync } from 'class-validator';
import { STAFF_ROLES, type StaffRole } from '../roles/staff-role';

/** Staff account ids: letters, digits, dot, underscore, dash; safe to print in audit lines. */
export const STAFF_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
/** A GB/T 2260 county code. */
export const COUNTY_CODE_PATTERN = /^\d{6}$/;
/** `iss` of every staff token, so a JWT minted for anything else is refused. */
export const STAFF_TOKEN_ISSUER = 'tongban-staff';

/** The claims a staff token carries, validated like any other input once the signature holds. */
export class StaffTokenClaims {
  @IsString({ message: 'claim "sub" (staff id) must be a string' })
  @Matches(STAFF_ID_PATTERN, {
    message: 'claim "sub" (staff id) must be 1-64 letters, digits, ".", "_" or "-"',
  })
  sub!: string;

  @IsIn(STAFF_ROLES, { message: `claim "role" must be one of ${STAFF_ROLES.join(', ')}` })
  role!: StaffRole;

  @IsString({ message: 'claim "county" must be a string' })
  @Matches(COUNTY_CODE_PATTERN, { message: 'claim "county" must be a 6-digit county code' })
  county!: string;

  @IsUUID('4', { message: 'claim "jti" (token id) must be a UUID' })
  jti!: string;

  @IsInt({ message: 'claim "iat" must be whole seconds since the epoch' })
  @Min(0, { message: 'claim "iat" must be whole seconds since the epoch' })
  iat!: number;

  @IsInt({ message: 'claim "exp" must be whole seconds since the epoch' })
  @Min(0, { message: 'claim "exp" must be whole seconds since the epoch' })
  exp!: number;
}

/** Every problem with a payload's staff claims, one message each; empty when they are sound. */
export function staffClaimProblems(payload: object): string[] {
  const claims = Object.assign(new StaffTokenClaims(), payload);
  const errors = validateSync(claims, { forbidUnknownValues: false, stopAtFirstError: true });
  return errors.flatMap((error) => Object.values(error.constraints ?? {}));
}
