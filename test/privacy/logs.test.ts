// Nothing personal in the logs at the default level: no names, references or
// message text, whatever a command or a delivery did. The whole core runs
// with a recording logger; a platform that fails with the message text in its
// error is the hardest case.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../src/app.js';
import type { Core } from '../../src/core/core.js';
import type { Messenger } from '../../src/core/messenger.js';
import { loadDemoRoster } from '../../src/demo/demo-roster.js';
import { FixedClock } from '../support/fixed-clock.js';
import { recordingLogger } from '../support/recording-logger.js';
import { openTestDatabase, type TestDatabase } from '../support/test-database.js';

const log = recordingLogger();
let database: TestDatabase;
let core: Core;
const clock = new FixedClock('2026-11-23T10:00:00Z');

/** A platform that refuses every post, quoting the message and the person in its error, as a careless SDK might. */
const leaky: Messenger = {
  platform: 'console',
  post: (_to, message) => Promise.reject(new Error(`could not post "${message.text}" about SJ-14`)),
  update: () => Promise.resolve(),
  delete: () => Promise.resolve(),
};

async function say(handle: string, text: string) {
  const [command, ...rest] = text.slice(1).split(' ');
  return core.router.handle({
    platform: 'console',
    userId: handle,
    conversation: { platform: 'console', workspace: 'local', channelId: 'terminal', isDirect: true },
    command: command!,
    input: { kind: 'text', text: rest.join(' ') },
    idempotencyKey: randomUUID(),
    receivedAt: clock.now(),
  });
}

beforeAll(async () => {
  database = await openTestDatabase();
  await loadDemoRoster(database.db, clock.now());
  core = createCore({ database, clock, log });
  core.outbox.register(leaky);
});
afterAll(async () => {
  await core.outbox.stop();
  await database.close();
});

describe('logs at the default level', () => {
  it('carry no names, references or message text', async () => {
    await say('aroha', '/client consent SJ-14 name Samira');
    await say('aroha', '/jobstart SJ-14 Harbour Cafe, barista today 20h');
    await say('eli', '/refer Sam Jones keen on outdoor work');
    await say('eli', '/refer SJ wants work near Quayside');
    await say('aroha', '/contact Harbour Café f2f for MT-21 bipolar');
    await say('gus', '/client show SJ-14');
    await say('aroha', '/lead Harbour Café, barista 20h for SJ-14 ask for Maria');
    await core.outbox.drain();
    const atDefault = log.lines.filter((l) => l.level !== 'debug');
    // The failing deliveries were logged, so the check below has something to read.
    expect(atDefault.some((l) => l.fields.code === 'OUTBOX.RETRY')).toBe(true);
    const text = atDefault.map((l) => `${l.message} ${JSON.stringify(l.fields)}`).join('\n');
    expect(text).not.toMatch(/SJ-1|MT-21|Samira|Sam Jones|Maria|Harbour Café|barista|keen on|Quayside|bipolar|Aroha|Eli Hart/);
  });
});
