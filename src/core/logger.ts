/**
 * How the core logs: structured fields and a short message, at a level.
 * Fields carry ids and codes, never what a person typed or a person's name
 * or reference (pino's Logger satisfies this).
 */
export type LogFn = (fields: Record<string, unknown>, message: string) => void;

export interface Logger {
  debug: LogFn;
  info: LogFn;
  warn: LogFn;
  error: LogFn;
}

/** Logs nothing: for tests and tools that have nothing to say. */
export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };
