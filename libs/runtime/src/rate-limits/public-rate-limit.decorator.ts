import { SetMetadata } from '@nestjs/common';
import type { ServiceConfig } from '@tongban/config';

/** Metadata key of {@link PublicRateLimit}. */
export const PUBLIC_RATE_LIMIT_KEY = 'tongban:runtime:public-rate-limit';

/** Names of the numeric variables of a configuration class. */
export type NumericVariable<C> = {
  [K in keyof C]: C[K] extends number ? K : never;
}[keyof C] &
  string;

/**
 * Gives a `@Public()` handler its own per-address limit per minute, read from the named
 * configuration variable (instead of PUBLIC_RATE_LIMIT_PER_MINUTE): a stricter one, say.
 */
export const PublicRateLimit = <C extends ServiceConfig>(variable: NumericVariable<C>) =>
  SetMetadata(PUBLIC_RATE_LIMIT_KEY, variable);
