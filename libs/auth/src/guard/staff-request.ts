import type { StaffPrincipal } from '../roles/staff-principal';

/** The parts of an HTTP request the staff guard reads and writes (Express shape). */
export interface StaffRequest {
  headers: Record<string, string | string[] | undefined>;
  method: string;
  url: string;
  originalUrl?: string;
  /** Set by {@link StaffAuthGuard} once a token is verified; read it with `@CurrentStaff()`. */
  staff?: StaffPrincipal;
}
