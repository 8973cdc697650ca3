// One structured logger for the bot: JSON lines with a level label, an ISO
// time, and fields an operator can filter on (`code` for errors, `requestId`
// per command, ids and counts). What is logged at info and above must not
// identify anyone: no names, no client references, no message text; such
// things belong at debug, if anywhere.
//
// The lines go to standard error: standard output is the terminal adapter's
// conversation, and container runtimes collect both streams alike.
//
// A person running the bot in a terminal gets pino-pretty's readable lines.
// It is a development dependency, kept out of production installs: where it
// is missing (a container) the output stays JSON, which is what log
// collectors want there anyway.
import { createRequire } from 'node:module';
import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

export const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof logLevels)[number];

type PrettyFactory = (options: Record<string, unknown>) => DestinationStream;

function prettyStream(): DestinationStream | undefined {
  try {
    const pretty = createRequire(import.meta.url)('pino-pretty') as PrettyFactory;
    return pretty({ sync: true, destination: 2, ignore: 'pid,hostname', translateTime: 'SYS:HH:MM:ss', singleLine: true });
  } catch {
    return undefined;
  }
}

export interface LoggerOptions {
  level?: LogLevel;
  /** Where the lines go; standard error by default (pretty when it is a terminal). */
  destination?: DestinationStream;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const destination = options.destination ?? (process.stderr.isTTY ? prettyStream() : undefined) ?? pino.destination(2);
  return pino(
    {
      level: options.level ?? 'info',
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
}

/** The process's logger. The composition root sets its level from the settings before creating anything that logs. */
export const logger: Logger = createLogger();
