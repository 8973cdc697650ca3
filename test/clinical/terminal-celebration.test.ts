// End to end in the terminal adapter with the demo roster: a specialist types
// /jobstart, and the clinical team's channel shows the celebration as a person
// reads it; a simulated quarter shows every team's weekly nudges.
import { PassThrough, Readable } from 'node:stream';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createConsoleAdapter } from '../../adapters/console/index.js';
import { createConsoleMessenger } from '../../adapters/console/console-messenger.js';
import type { AdapterServices } from '../../src/core/platform-adapter.js';
import { addLocalDays, instantAt } from '../../src/core/local-date.js';
import { defaultNow, startTestBot, type TestBot } from '../support/test-bot.js';

let bot: TestBot;
let services: AdapterServices;
let screen = '';
const output = new PassThrough();
output.on('data', (chunk: Buffer) => (screen += chunk.toString()));

beforeAll(async () => {
  bot = await startTestBot();
  services = await bot.core.adapterServices();
  bot.core.outbox.register(createConsoleMessenger(output, services.files));
});
afterAll(async () => {
  await bot.close();
});
// The screen is shared by every test and the quarter's ticks move the clock
// months on: each test reads only what it printed, from the demo's Monday.
beforeEach(() => {
  screen = '';
  bot.clock.set(defaultNow);
});

/** The posts shown for one channel, box by box. */
const boxesIn = (text: string, channel: string) => text.split('\n┌── ').filter((box) => box.startsWith(`#${channel}\n`));

describe('the terminal', () => {
  it('shows a job start as a celebration in #northside-cmht, naming no one', async () => {
    const terminal = createConsoleAdapter(services, {
      as: 'aroha',
      input: Readable.from(['/jobstart SJ-14 Harbour Cafe, barista today 20h\n']),
      output,
      interactive: false,
    });
    await terminal.start();
    await terminal.done;
    await bot.core.outbox.drain();
    const [celebration] = boxesIn(screen, 'northside-cmht');
    expect(celebration).toBeDefined();
    expect(celebration).toContain('🎉 Job start');
    expect(celebration).toMatch(/someone on the Northside CMHT caseload/i);
    expect(celebration).toContain('a barista at a café');
    expect(celebration).toContain('Thanks to Aroha Ngata');
    expect(celebration).not.toMatch(/SJ-14|Harbour Café/);
    expect(boxesIn(screen, 'harbour-ips')).toHaveLength(1);
  });

  it("shows every team's 5 Rs nudge each week of a simulated quarter", async () => {
    for (let week = 0; week < 13; week++) {
      const wednesday = addLocalDays('2026-11-25', week * 7);
      bot.clock.set(new Date(instantAt(wednesday, '10:00', 'Europe/London').getTime() + 60_000));
      await bot.core.scheduler.tick();
    }
    await bot.core.outbox.drain();
    for (const channel of ['northside-cmht', 'eastside-cmht']) {
      const nudges = boxesIn(screen, channel).filter((box) => box.includes('5 Rs this week'));
      expect(nudges, channel).toHaveLength(13);
    }
  });
});
