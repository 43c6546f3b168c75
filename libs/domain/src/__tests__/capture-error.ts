/** Runs `fn` and returns what it threw, so a test can assert on the error's fields. */
export function captureError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error to be thrown');
}
