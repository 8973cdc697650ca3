// Bolt's logger pointed at the bot's, so that Bolt's warnings (a bad
// signature, a failed ack) end up in the same place, as structured lines.
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../src/core/logger.js';

function describe(parts: unknown[]): string {
  // Error messages from Bolt name what failed (a signature, a timeout); request bodies are never passed here.
  return parts
    .map((p) => (p instanceof Error ? p.message : typeof p === 'string' ? p : JSON.stringify(p)))
    .join(' ')
    .slice(0, 500);
}

export function boltLogger(log: Logger): BoltLogger {
  let level = LogLevel.WARN;
  let name = 'bolt';
  return {
    debug: () => undefined,
    info: () => undefined,
    warn: (...parts) => log.warn({ platform: 'slack', source: name }, describe(parts)),
    error: (...parts) => log.error({ platform: 'slack', source: name }, describe(parts)),
    setLevel: (l) => {
      level = l;
    },
    getLevel: () => level,
    setName: (n) => {
      name = n;
    },
  };
}
