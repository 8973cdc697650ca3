// The supervisor's summary and the specialist's reminder count follow-along
// the same way: what one calls overdue, the other was reminded of.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../support/test-bot.js';

let bot: TestBot;
beforeAll(async () => {
  bot = await startTestBot({ now: '2026-11-23T10:00:00Z' });
});
afterAll(async () => {
  await bot?.close();
});

async function reminderTo(handle: string) {
  const staff = await bot.database.db.staff.findUniqueOrThrow({ where: { handle } });
  const rows = await bot.database.db.outboxMessage.findMany({
    where: { dedupeKey: { startsWith: `reminders:${staff.id}:` } },
    orderBy: { id: 'desc' },
  });
  return rows[0] ? (rows[0].message as { text: string }).text : '';
}

describe('follow-along in the summary and in the reminders', () => {
  it('agrees on who is overdue, and both clear with one contact', async () => {
    const start = await bot.say('aroha', '/jobstart SJ-14 Harbour Cafe, barista 2026-11-23 20h');
    expect(start.reply.kind, start.text).toBe('message');

    // Friday: the contact due within 3 days of the start (by Thursday) is overdue.
    bot.clock.set('2026-11-27T09:05:00Z');
    await bot.core.scheduler.tick();
    expect(await reminderTo('aroha')).toContain('SJ-14');
    const summary = await bot.say('dana', '/ips summary');
    expect(summary.text).toMatch(/1 overdue: SJ-14/);

    // Contact with the employer, or a call with the person, is not follow-along.
    await bot.say('aroha', '/contact Harbour Cafe f2f for SJ-14');
    await bot.say('aroha', '/client met SJ-14 phone');
    expect((await bot.say('dana', '/ips summary')).text).toMatch(/1 overdue: SJ-14/);

    await bot.say('aroha', '/client met SJ-14 f2f at work');
    const after = await bot.say('dana', '/ips summary');
    expect(after.text).toMatch(/0 overdue/);
  });
});
