/**
 * What a log line may say of an unexpected error: its name, code and where it
 * was thrown. Not its message: a database error's message can quote the values
 * a person typed.
 */
export function errorFields(error: unknown, withStack: boolean): Record<string, unknown> {
  const e = (error ?? {}) as { name?: unknown; code?: unknown; stack?: unknown };
  const frames = typeof e.stack === 'string' ? e.stack.split('\n').filter((line) => /^\s+at /.test(line)) : [];
  return {
    error: typeof e.name === 'string' ? e.name : typeof error,
    ...(typeof e.code === 'string' ? { errorCode: e.code } : {}),
    ...(withStack && frames.length ? { stack: frames.slice(0, 8).map((f) => f.trim()) } : {}),
  };
}
