// The whole core on a real database with the demo roster, driven as the
// terminal drives it: one line of text as one roster member.
import { randomUUID } from 'node:crypto';
import { createCore } from '../../src/app.js';
import type { Core } from '../../src/core/core.js';
import type { CommandInput, CommandReply } from '../../src/core/invocation.js';
import type { FileAttachment } from '../../src/core/message.js';
import { readStoredFile } from '../../src/files/file-store.js';
import type { ConversationRef, Platform } from '../../src/core/platform.js';
import { loadDemoRoster } from '../../src/demo/demo-roster.js';
import { renderReply } from '../../adapters/console/render-text.js';
import { FixedClock } from './fixed-clock.js';
import { openTestDatabase, type TestDatabase } from './test-database.js';

export interface TestBot {
  core: Core;
  database: TestDatabase;
  clock: FixedClock;
  /** Runs "/contact …" as `handle` on the terminal; returns the reply and its text. */
  say(handle: string, line: string, options?: SayOptions): Promise<{ reply: CommandReply; text: string }>;
  /** The bytes of a file a reply carries. */
  fileBytes(file: FileAttachment): Promise<Buffer>;
  close(): Promise<void>;
}

export interface SayOptions {
  idempotencyKey?: string;
  conversation?: Partial<ConversationRef>;
  platform?: Platform;
  input?: CommandInput;
}

/** Monday 23 November 2026, 10:00 in London. */
export const defaultNow = '2026-11-23T10:00:00Z';

export async function startTestBot(options: { now?: string; demo?: boolean; serverUrl?: string } = {}): Promise<TestBot> {
  const database = await openTestDatabase(options.serverUrl);
  const clock = new FixedClock(options.now ?? defaultNow);
  if (options.demo ?? true) await loadDemoRoster(database.db, clock.now());
  const core = createCore({ database, clock });
  return {
    core,
    database,
    clock,
    async say(handle, line, opts = {}) {
      const m = /^\/?(\S+)\s*([\s\S]*)$/.exec(line.trim())!;
      const platform = opts.platform ?? 'console';
      const reply = await core.router.handle({
        platform,
        userId: handle,
        conversation: { platform, workspace: 'local', channelId: 'terminal', isDirect: true, ...opts.conversation },
        command: m[1]!,
        input: opts.input ?? { kind: 'text', text: m[2]! },
        idempotencyKey: opts.idempotencyKey ?? randomUUID(),
        receivedAt: clock.now(),
      });
      return {
        reply,
        text: reply.kind === 'form' ? `${reply.form.title}: ${reply.form.fields.map((f) => f.name).join(', ')}` : renderReply(reply),
      };
    },
    async fileBytes(file) {
      const stored = await readStoredFile(database.db, file.id, clock.now());
      if (!stored) throw new Error(`file ${file.name} is not stored (or has expired)`);
      return Buffer.from(stored.bytes);
    },
    async close() {
      await core.scheduler.stop();
      await core.outbox.stop();
      await database.close();
    },
  };
}
