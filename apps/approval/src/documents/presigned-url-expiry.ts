/**
 * When a SigV4 presigned URL stops working: X-Amz-Date plus X-Amz-Expires seconds. Undefined
 * when the URL carries no such parameters (another signer) or they are malformed.
 */
export function presignedUrlExpiry(url: string): Date | undefined {
  let query: URLSearchParams;
  try {
    query = new URL(url).searchParams;
  } catch {
    return undefined;
  }
  const signedAt = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(
    query.get('X-Amz-Date') ?? '',
  );
  const lifetime = Number(query.get('X-Amz-Expires') ?? Number.NaN);
  if (!signedAt || !Number.isInteger(lifetime) || lifetime < 0) return undefined;
  const [, year, month, day, hour, minute, second] = signedAt.map(Number) as number[];
  const start = Date.UTC(year!, month! - 1, day!, hour!, minute!, second!);
  return Number.isNaN(start) ? undefined : new Date(start + lifetime * 1000);
}

/**
 * The expiry to record for a URL: what the sender stated, else what the signature says. The
 * stated one wins because the sender and this node share the notion of time it was computed in.
 */
export function recordedUrlExpiry(
  url: string | undefined,
  stated: string | undefined,
): Date | null {
  if (stated) return new Date(stated);
  return (url && presignedUrlExpiry(url)) || null;
}

/** Whether a URL is past its recorded expiry: fetching it would only earn a 403. */
export function urlHasExpired(urlExpiresAt: Date | null, now: Date): boolean {
  return urlExpiresAt !== null && urlExpiresAt.getTime() <= now.getTime();
}
