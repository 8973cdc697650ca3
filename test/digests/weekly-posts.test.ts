import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addLocalDays, instantAt, toDbDate } from '../../src/core/local-date.js';
import { startTestBot, type TestBot } from '../support/test-bot.js';
import { headingOf, recordingMessenger, whereTo, type RecordingMessenger } from './recording-messenger.js';

const zone = 'Europe/London';
/** Harbour IPS meets on Tuesdays: its posts are due on Mondays at 15:00 London time. */
const firstMonday = '2026-09-07';
const weeks = 13;

describe('a simulated quarter for the demo service', () => {
  let bot: TestBot;
  let platform: RecordingMessenger;
  beforeAll(async () => {
    bot = await startTestBot({ now: `${firstMonday}T08:00:00Z` });
    platform = recordingMessenger();
    bot.core.outbox.register(platform);
  });
  afterAll(async () => {
    await bot?.close();
  });

  it('posts the agenda to the unit channel and the summary to the supervisor every week, each exactly once', async () => {
    const db = bot.database.db;
    const aroha = await db.staff.findUniqueOrThrow({ where: { handle: 'aroha' } });
    const mt21 = await db.client.findUniqueOrThrow({ where: { ref: 'MT-21' } });
    const employer = await db.employer.findFirstOrThrow();
    const posts = () => platform.delivered.filter((d) => /^(IPS team meeting agenda|Caseload summary)/.test(headingOf(d)));

    for (let week = 0; week < weeks; week++) {
      const monday = addLocalDays(firstMonday, 7 * week);
      // Something happens every week: a face-to-face contact on the Thursday before.
      await db.employerContact.create({
        data: {
          specialistId: aroha.id,
          employerId: employer.id,
          contactedOn: toDbDate(addLocalDays(monday, -4)),
          type: 'face_to_face',
          cupOfTea: week + 1,
        },
      });
      if (week === 5) {
        await db.job.create({
          data: {
            clientId: mt21.id,
            employerId: employer.id,
            specialistId: aroha.id,
            role: 'gardener',
            jobType: 'horticulture',
            startOn: toDbDate(addLocalDays(monday, -2)),
          },
        });
      }
      const due = instantAt(monday, '15:00', zone);
      // A minute early (the first week; the daylight-saving tests do every boundary), on time, and later the same afternoon.
      for (const offsetMinutes of week === 0 ? [-1, 0, 90] : [0, 90]) {
        bot.clock.set(new Date(due.getTime() + offsetMinutes * 60_000));
        await bot.core.scheduler.tick();
        await bot.core.outbox.drain();
        expect(posts(), `week ${week}, ${offsetMinutes} min after due`).toHaveLength(offsetMinutes < 0 ? 2 * week : 2 * (week + 1));
      }
    }

    const all = posts();
    const agendas = all.filter((d) => headingOf(d).startsWith('IPS team meeting agenda'));
    const summaries = all.filter((d) => headingOf(d).startsWith('Caseload summary'));
    expect(agendas.map(whereTo)).toEqual(Array(weeks).fill('#harbour-ips'));
    expect(summaries.map(whereTo)).toEqual(Array(weeks).fill('dm:dana'));
    expect(new Set(agendas.map(headingOf)).size).toBe(weeks);
    expect(headingOf(agendas[0]!)).toBe('IPS team meeting agenda: Harbour IPS, week to Mon 7 Sep');
    expect(headingOf(agendas.at(-1)!)).toBe('IPS team meeting agenda: Harbour IPS, week to Mon 30 Nov');
    expect(agendas[5]!.message.text).toContain('MT-21 started as gardener (horticulture)');
    expect(agendas[4]!.message.text).not.toContain('MT-21 started');
    expect(summaries.every((s) => s.message.files?.[0]?.mimeType === 'image/png')).toBe(true);
    expect(all.some((d) => d.message.text.includes('Sent late'))).toBe(false);

    const runs = await db.scheduledRun.findMany({ orderBy: { id: 'asc' } });
    expect(runs.filter((r) => r.key.startsWith('agenda:harbour:'))).toHaveLength(weeks);
    expect(runs.filter((r) => r.key.startsWith('summary:harbour:'))).toHaveLength(weeks);
    expect(runs.map((r) => r.key)).toContain('agenda:harbour:2026-W37');
  });
});

describe('daylight saving in the unit’s zone', () => {
  let bot: TestBot;
  let platform: RecordingMessenger;
  beforeAll(async () => {
    bot = await startTestBot({ now: '2026-03-20T08:00:00Z' });
    platform = recordingMessenger();
    bot.core.outbox.register(platform);
  });
  afterAll(async () => {
    await bot?.close();
  });

  // [meeting weekday, local posting day, UTC instant of 15:00 there]
  it.each([
    [1, 'Fri 27 Mar', '2026-03-27T15:00:00Z'], // Friday before a Monday meeting, still GMT
    [2, 'Mon 30 Mar', '2026-03-30T14:00:00Z'], // the Monday after the clocks went forward: BST
    [1, 'Fri 23 Oct', '2026-10-23T14:00:00Z'], // Friday before the clocks go back: BST
    [2, 'Mon 26 Oct', '2026-10-26T15:00:00Z'], // the Monday after: GMT again
  ])('meeting weekday %d: posted on %s at %s, not a minute before', async (meetingWeekday, day, utc) => {
    await bot.database.db.vocationalUnit.update({ where: { key: 'harbour' }, data: { meetingWeekday } });
    const agendas = () => platform.delivered.filter((d) => headingOf(d).startsWith('IPS team meeting agenda'));
    const before = agendas().length;
    const due = new Date(utc);
    bot.clock.set(new Date(due.getTime() - 60_000));
    await bot.core.scheduler.tick();
    await bot.core.outbox.drain();
    expect(agendas()).toHaveLength(before);
    bot.clock.set(due);
    await bot.core.scheduler.tick();
    await bot.core.outbox.drain();
    expect(agendas()).toHaveLength(before + 1);
    expect(agendas().at(-1)!.message.text).not.toContain('Sent late');
    const run = await bot.database.db.scheduledRun.findFirstOrThrow({ where: { key: { startsWith: 'agenda:' } }, orderBy: { id: 'desc' } });
    expect(run.dueAt.toISOString()).toBe(due.toISOString());
    expect(headingOf(agendas().at(-1)!)).toBe(`IPS team meeting agenda: Harbour IPS, week to ${day}`);
  });
});

describe('catching up after downtime', () => {
  let bot: TestBot;
  let platform: RecordingMessenger;
  beforeAll(async () => {
    bot = await startTestBot({ now: '2026-11-23T08:00:00Z' });
    platform = recordingMessenger();
    bot.core.outbox.register(platform);
  });
  afterAll(async () => {
    await bot?.close();
  });

  it('sends a missed post late, saying so, while it is still useful', async () => {
    bot.clock.set('2026-11-23T19:30:00Z'); // the bot was down at 15:00
    await bot.core.scheduler.tick();
    await bot.core.outbox.drain();
    const agenda = platform.delivered.find((d) => headingOf(d).startsWith('IPS team meeting agenda'))!;
    expect(agenda.message.text).toContain('Sent late: this was due at 15:00 on Mon 23 Nov (Europe/London)');
    const run = await bot.database.db.scheduledRun.findUniqueOrThrow({ where: { key: 'agenda:harbour:2026-W48' } });
    expect(run.late).toBe(true);
  });

  it('drops a post that is past the catch-up window (24 hours by default)', async () => {
    const posts = () => platform.delivered.filter((d) => /^(IPS team meeting agenda|Caseload summary)/.test(headingOf(d))).length;
    // The late post above may or may not have gone out before this test: count only what this tick sends.
    const before = posts();
    bot.clock.set('2026-12-01T15:00:01Z'); // due Mon 30 Nov 15:00, down until the Tuesday afternoon
    await bot.core.scheduler.tick();
    await bot.core.outbox.drain();
    expect(posts()).toBe(before);
    expect(await bot.database.db.scheduledRun.findUnique({ where: { key: 'agenda:harbour:2026-W49' } })).toBeNull();
  });
});
