// Errors that the user must read (a corrupt backup, a foreign file) travel as values, not throws.

/** Either a value or a human-readable reason why there is none. */
export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E }

/** Wraps a success. */
export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value }
}

/** Wraps a failure. */
export function err<E>(error: E): { ok: false; error: E } {
  return { ok: false, error }
}
