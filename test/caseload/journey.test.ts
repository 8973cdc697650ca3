// One person's whole IPS journey, typed in the terminal as the team would:
// referral, first meeting, employer contacts, a lead, a job start, the
// follow-along reminders, a job end, the next job; /client show has every step.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Message } from '../../src/core/message.js';
import { startTestBot, type TestBot } from '../support/test-bot.js';

let bot: TestBot;
beforeAll(async () => {
  // Monday 2 November 2026, 10:00 in London.
  bot = await startTestBot({ now: '2026-11-02T10:00:00Z' });
});
afterAll(async () => {
  await bot?.close();
});

async function ok(handle: string, line: string): Promise<string> {
  const { reply, text } = await bot.say(handle, line);
  expect(reply.kind, text).toBe('message');
  return text;
}

async function remindersTo(handle: string): Promise<string[]> {
  const staff = await bot.database.db.staff.findUniqueOrThrow({ where: { handle } });
  const rows = await bot.database.db.outboxMessage.findMany({
    where: { dedupeKey: { startsWith: `reminders:${staff.id}:` } },
    orderBy: { id: 'asc' },
  });
  return rows.map((r) => `${r.dedupeKey.split(':')[2]} ${(r.message as unknown as Message).text}`);
}

describe('the journey of one person', () => {
  it('runs from referral to a second job, and /client show tells the whole story', async () => {
    expect(await ok('eli', '/refer SJ keen on outdoor work, mornings best')).toContain('Referred: SJ-15');
    expect(await ok('aroha', '/client add SJ-15')).toContain('waiting for a first meeting');
    bot.clock.set('2026-11-04T10:00:00Z');
    await ok('aroha', '/client met SJ-15');
    await ok('aroha', '/client profile SJ-15');
    bot.clock.set('2026-11-09T11:00:00Z');
    await ok('aroha', "/contact Perry's Garden Centre f2f for SJ-15 next fri met the manager");
    await ok('aroha', '/lead Harbour Café, barista 20h £12.60/h for SJ-15 weekend shifts');
    bot.clock.set('2026-11-13T11:00:00Z');
    await ok('aroha', '/contact Harbour Café f2f for SJ-15 trial shift arranged');
    bot.clock.set('2026-11-16T10:00:00Z');
    await ok('aroha', '/jobstart SJ-15 Harbour Café, barista 2026-11-23 20h £12.60/h');

    // The Friday before the start: the reminder asks for a visit before it.
    bot.clock.set('2026-11-20T09:05:00Z');
    await bot.core.scheduler.tick();
    expect((await remindersTo('aroha')).at(-1)).toMatch(
      /^2026-11-20 .*SJ-15 starts as barista at Harbour Café on Mon 23 Nov: meet face to face before the start/s,
    );
    bot.clock.set('2026-11-20T14:00:00Z');
    await ok('aroha', '/client met SJ-15 f2f at community coffee before the first day');

    // Start day: within 3 days after.
    bot.clock.set('2026-11-23T09:05:00Z');
    await bot.core.scheduler.tick();
    expect((await remindersTo('aroha')).at(-1)).toMatch(
      /^2026-11-23 .*SJ-15 started as barista at Harbour Café on Mon 23 Nov: face-to-face follow-along within 3 days/s,
    );
    // Meeting the employer is not meeting the person: only the second clears it.
    await ok('aroha', '/contact Harbour Café f2f for SJ-15 first day went well');
    await ok('aroha', '/client met SJ-15 at work');
    bot.clock.set('2026-11-24T09:05:00Z');
    await bot.core.scheduler.tick();
    expect((await remindersTo('aroha')).filter((r) => r.startsWith('2026-11-24') && r.includes('SJ-15'))).toEqual([]);

    // The job ends; SJ-15 stays on the caseload and the next reminder asks for contact within 3 days.
    bot.clock.set('2026-12-10T16:00:00Z');
    expect(await ok('aroha', '/jobend SJ-15 today the café closed')).toContain('SJ-15 stays on your caseload');
    bot.clock.set('2026-12-11T09:05:00Z');
    await bot.core.scheduler.tick();
    expect((await remindersTo('aroha')).at(-1)).toMatch(
      /^2026-12-11 .*SJ-15's job as barista at Harbour Café ended on Thu 10 Dec.*Clear it: \/client met SJ-15 f2f/s,
    );
    await ok('aroha', '/client met SJ-15 f2f at home talked through what is next');

    // The next job.
    bot.clock.set('2027-01-11T10:00:00Z');
    await ok('aroha', "/jobstart SJ-15 Perry's Garden Centre, plant care assistant 2027-01-18 24h");

    const { text } = await bot.say('aroha', '/client show SJ-15');
    const timeline = text.slice(text.indexOf('Timeline'));
    const steps = [
      '2026-11-02: Referred by Eli Hart (Northside CMHT)',
      '2026-11-04: First meeting: joined the caseload (programme entry)',
      '2026-11-04: Vocational profile started',
      '2026-11-04: Met: face to face',
      "2026-11-09: Employer contact: face to face with Perry's Garden Centre (cup of tea 1)",
      '2026-11-09: Job lead #1: barista at Harbour Café (open)',
      '2026-11-13: Employer contact: face to face with Harbour Café (cup of tea 1)',
      '2026-11-20: Met: face to face at community (coffee before the first day)',
      '2026-11-23: Employer contact: face to face with Harbour Café (cup of tea 2)',
      '2026-11-23: Job start: barista at Harbour Café, 20h a week',
      '2026-11-23: Met: face to face at work',
      '2026-12-10: Job end: barista at Harbour Café (the café closed)',
      '2026-12-11: Met: face to face at home (talked through what is next)',
      "2027-01-18: Job start: plant care assistant at Perry's Garden Centre, 24h a week",
    ];
    let at = 0;
    for (const step of steps) {
      const found = timeline.indexOf(step, at);
      expect(found, step).toBeGreaterThanOrEqual(0);
      at = found;
    }

    // The figures count one first and one later job start, both supported into work.
    bot.clock.set('2027-01-19T10:00:00Z');
    const me = await ok('aroha', '/ips me');
    expect(me).toContain('Job starts: 2 (1 first, 1 later).');
    // Supported into work counts the person once, on the first start: the second job never counts again.
    expect(me).toContain('Supported into work: 1.');
  });
});
