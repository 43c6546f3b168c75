/** The message of a thrown value, whatever was thrown: for logs and stored error columns. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
