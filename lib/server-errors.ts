/**
 * Runs a write and turns a database failure into a result instead of a 500. The log line names
 * the error class and SQLSTATE only: a driver's message can quote the values that were written.
 */
export async function attemptWrite<T>(label: string, write: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false }> {
  try {
    return { ok: true, value: await write() };
  } catch (error) {
    console.error(`[write failed] ${label}: ${describeError(error)}`);
    return { ok: false };
  }
}

/** An error as "ClassName (SQLSTATE)": safe to log, unlike the message, which may quote values. */
export function describeError(error: unknown): string {
  let code: unknown;
  for (let e: unknown = error; e instanceof Error && code === undefined; e = e.cause) {
    code = (e as { code?: unknown }).code;
  }
  return `${error instanceof Error ? error.name : "unknown"}${code ? ` (${String(code)})` : ""}`;
}

export const WRITE_FAILED_MESSAGE = "Nothing was saved: the database refused the change. Try again, and ask your administrator if it keeps happening.";
