// The adapter's log lines, and Bolt's logger pointed at them so that Bolt's
// warnings (a bad signature, a failed ack) end up in the same place.
import { LogLevel, type Logger } from '@slack/bolt';

export type Log = (line: string) => void;

export function boltLogger(log: Log): Logger {
  let level = LogLevel.WARN;
  let name = 'slack';
  const line = (severity: string, parts: unknown[]) =>
    log(
      `${name} ${severity}: ${parts.map((p) => (p instanceof Error ? p.message : typeof p === 'string' ? p : JSON.stringify(p))).join(' ')}`,
    );
  return {
    debug: () => undefined,
    info: () => undefined,
    warn: (...parts) => line('warn', parts),
    error: (...parts) => line('error', parts),
    setLevel: (l) => {
      level = l;
    },
    getLevel: () => level,
    setName: (n) => {
      name = n;
    },
  };
}
