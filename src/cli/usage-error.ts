// The error a command throws for bad usage (exit code 2), as opposed to invalid data (exit code 1).
export class UsageError extends Error {
  override name = 'UsageError';
}
