/** Bytes that claim a format (by their first bytes) but do not parse as it; `reason` says where. */
export class UndecodableContentError extends Error {
  override readonly name = 'UndecodableContentError';

  constructor(readonly reason: string) {
    super(reason);
  }
}
