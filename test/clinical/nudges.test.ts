// The weekly 5 Rs nudges: a year of rotation, the referral-drought rule at its
// boundary, muting, and catch-up after downtime.
import { silentLogger } from '../../src/core/logger.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCore, defaultSettings } from '../../src/app.js';
import { addLocalDays, instantAt, toDbDate, type LocalDate } from '../../src/core/local-date.js';
import type { Block, Message } from '../../src/core/message.js';
import { fiveRs, prompts } from '../../src/nudges/prompts.js';
import { scheduledJobs } from '../../src/scheduling/jobs.js';
import type { ScheduledJob } from '../../src/scheduling/scheduler.js';
import { startTestBot, type TestBot } from '../support/test-bot.js';

let bot: TestBot;
let nudgeJob: ScheduledJob;
const db = () => bot.database.db;
let teamIds: Record<string, number>;

beforeAll(async () => {
  bot = await startTestBot();
  const jobs = scheduledJobs({
    db: db(),
    clock: bot.clock,
    settings: defaultSettings,
    outbox: bot.core.outbox,
    catchUpHours: 24,
    log: silentLogger,
    connections: bot.database.connections,
    embedded: false,
  });
  nudgeJob = jobs.find((j) => j.name === '5 Rs nudges')!;
  teamIds = Object.fromEntries((await db().clinicalTeam.findMany()).map((t) => [t.key, t.id]));
});
afterAll(async () => {
  await bot.close();
});
beforeEach(async () => {
  await bot.core.outbox.stop();
  await db().outboxMessage.deleteMany();
  await db().scheduledRun.deleteMany();
  await db().referral.deleteMany();
  await db().clinicalTeam.updateMany({ data: { nudgesEnabled: true, referralDroughtWeeks: 4 } });
});

/** The nudge's due instant (Wednesday 10:00 in London by default) plus `minutes`. */
const dueOn = (wednesday: LocalDate, minutes = 1) => new Date(instantAt(wednesday, '10:00', 'Europe/London').getTime() + minutes * 60_000);

async function runAt(at: Date) {
  bot.clock.set(at);
  await nudgeJob.run(bot.clock.now());
}

async function refer(team: string, on: LocalDate) {
  const client = await db().client.findFirstOrThrow({ where: { clinicalTeamId: teamIds[team]! } });
  await db().referral.create({ data: { clientId: client.id, clinicalTeamId: teamIds[team]!, referredOn: toDbDate(on) } });
}

/** Nudges in the outbox for a team, oldest first. */
async function nudgesFor(team: string): Promise<{ week: string; message: Message }[]> {
  const rows = await db().outboxMessage.findMany({
    where: { dedupeKey: { startsWith: `nudge:${teamIds[team]}:` } },
    orderBy: { id: 'asc' },
  });
  return rows.map((r) => ({ week: r.dedupeKey.split(':')[2]!, message: r.message as unknown as Message }));
}

const rOf = (m: Message) => (m.blocks[0] as Extract<Block, { kind: 'heading' }>).text.replace('5 Rs this week: ', '');
const promptOf = (m: Message) => fiveRs.flatMap((r) => prompts[r]).find((p) => m.text.includes(p.text))?.text;
const buttonsOf = (m: Message) => m.blocks.filter((b): b is Extract<Block, { kind: 'buttons' }> => b.kind === 'buttons');

describe('5 Rs nudges', () => {
  it('rotates through every R over a simulated year, never repeating a prompt within 4 weeks, and names no one', async () => {
    const firstWednesday = '2026-11-25' as LocalDate;
    for (let week = 0; week < 52; week++) {
      const wednesday = addLocalDays(firstWednesday, week * 7);
      if (week % 2 === 0) for (const team of ['northside', 'eastside']) await refer(team, addLocalDays(wednesday, -2));
      await runAt(dueOn(wednesday));
      if (week < 2) await runAt(dueOn(wednesday, 90)); // a later tick the same week posts nothing more
    }
    const staff = await db().staff.findMany();
    const refs = await db().client.findMany();
    for (const team of ['northside', 'eastside']) {
      const nudges = await nudgesFor(team);
      expect(nudges).toHaveLength(52);
      expect(new Set(nudges.map((n) => n.week)).size).toBe(52);
      expect(new Set(nudges.map((n) => rOf(n.message)))).toEqual(new Set(fiveRs));
      const texts = nudges.map((n) => promptOf(n.message));
      expect(texts.every(Boolean)).toBe(true);
      for (let i = 0; i < texts.length; i++) {
        for (let j = i + 1; j <= i + 4 && j < texts.length; j++) expect(texts[j], `${team} weeks ${i} and ${j}`).not.toBe(texts[i]);
      }
      // Over a year a team sees at least 4 different prompts of each R.
      for (const r of fiveRs)
        expect(new Set(nudges.filter((n) => rOf(n.message) === r).map((n) => promptOf(n.message))).size).toBeGreaterThanOrEqual(4);
      for (const { message } of nudges) {
        for (const s of staff) expect(message.text).not.toContain(s.displayName);
        for (const c of refs) expect(message.text).not.toContain(c.ref);
      }
    }
    // Teams start at different points of the rotation.
    expect(rOf((await nudgesFor('northside'))[0]!.message)).not.toBe(rOf((await nudgesFor('eastside'))[0]!.message));
  }, 120_000); // fifty-two weekly runs

  it("shows the team's own numbers as counts", async () => {
    await refer('northside', '2026-12-01');
    await refer('northside', '2026-12-02');
    // Find a week whose prompt is a Refer prompt, so the referral count is shown.
    let wednesday = '2026-12-02' as LocalDate;
    for (;;) {
      await runAt(dueOn(wednesday));
      const last = (await nudgesFor('northside')).at(-1)!;
      if (rOf(last.message) === 'Refer') {
        expect(last.message.text).toMatch(/This month the team has referred (2|\d+) people to the employment specialist/);
        break;
      }
      wednesday = addLocalDays(wednesday, 7);
      await refer('northside', wednesday);
    }
  });

  it('turns into a Refer prompt with a button after 4 weeks without a referral, not after 3 weeks 6 days', async () => {
    const wednesday = '2026-12-02' as LocalDate;
    await refer('northside', addLocalDays(wednesday, -27)); // 3 weeks 6 days before
    await refer('eastside', addLocalDays(wednesday, -28)); // 4 weeks before
    await runAt(dueOn(wednesday));
    const [northside] = await nudgesFor('northside');
    const [eastside] = await nudgesFor('eastside');
    expect(buttonsOf(northside!.message)).toEqual([]);
    expect(northside!.message.text).not.toContain('has not referred anyone');
    expect(rOf(eastside!.message)).toBe('Refer');
    expect(eastside!.message.text).toContain('Eastside CMHT has not referred anyone to the employment specialist for 4 weeks');
    expect(buttonsOf(eastside!.message)).toEqual([{ kind: 'buttons', buttons: [expect.objectContaining({ command: 'refer' })] }]);
  });

  it('follows a team’s own drought setting', async () => {
    await db().clinicalTeam.update({ where: { key: 'northside' }, data: { referralDroughtWeeks: 2 } });
    const wednesday = '2026-12-02' as LocalDate;
    await refer('northside', addLocalDays(wednesday, -14));
    await refer('eastside', addLocalDays(wednesday, -14));
    await runAt(dueOn(wednesday));
    expect(buttonsOf((await nudgesFor('northside'))[0]!.message)).toHaveLength(1);
    expect(buttonsOf((await nudgesFor('eastside'))[0]!.message)).toHaveLength(0);
  });

  it('catches up a nudge missed by less than the window, once, and drops one missed by more', async () => {
    await refer('northside', '2026-12-01');
    await runAt(dueOn('2026-12-09', -1)); // a minute early
    expect(await nudgesFor('northside')).toHaveLength(0);
    await runAt(dueOn('2026-12-09', 23 * 60 + 59)); // down until 09:59 the next day
    await runAt(dueOn('2026-12-09', 24 * 60 - 30));
    expect((await nudgesFor('northside')).map((n) => n.week)).toEqual(['2026-W50']);
    await runAt(dueOn('2026-12-16', 24 * 60 + 1)); // down until 10:01 the next day
    expect((await nudgesFor('northside')).map((n) => n.week)).toEqual(['2026-W50']);
  });

  it('posts once when two processes tick at the same time', async () => {
    const second = createCore({ database: bot.database, clock: bot.clock });
    bot.clock.set(dueOn('2026-12-02'));
    await Promise.all([bot.core.scheduler.tick(), second.scheduler.tick()]);
    await second.outbox.stop();
    expect(await nudgesFor('northside')).toHaveLength(1);
    expect(await nudgesFor('eastside')).toHaveLength(1);
  });
});

describe('/ips nudges off|on', () => {
  const notices = async () =>
    (await db().outboxMessage.findMany({ where: { dedupeKey: { startsWith: 'nudges-' } }, orderBy: { id: 'asc' } })).map((r) => ({
      channel: (r.destination as { conversation: { channelId: string } }).conversation.channelId,
      text: (r.message as unknown as Message).text,
    }));

  it('lets the team leader mute their team, says so in the channel, and the muted team gets no nudge', async () => {
    const { reply, text } = await bot.say('eli', '/ips nudges off');
    expect(reply.kind, text).toBe('message');
    expect(text).toContain('paused for Northside CMHT');
    expect(await notices()).toEqual([
      { channel: 'northside-cmht', text: expect.stringContaining('5 Rs nudges are paused for Northside CMHT') as string },
    ]);
    expect((await notices())[0]!.text).not.toContain('Eli');
    expect(await db().auditEvent.count({ where: { action: 'nudges.off', entityId: String(teamIds.northside) } })).toBe(1);
    await runAt(dueOn('2026-12-02'));
    expect(await nudgesFor('northside')).toHaveLength(0);
    expect(await nudgesFor('eastside')).toHaveLength(1);

    const again = await bot.say('eli', '/ips nudges off');
    expect(again.text).toContain('already off');
    const on = await bot.say('gus', '/ips nudges on northside');
    expect(on.reply.kind).toBe('message');
    expect((await notices()).map((n) => n.text)).toEqual([
      expect.stringContaining('paused'),
      expect.stringContaining('back on for Northside CMHT'),
    ]);
    await runAt(dueOn('2026-12-09'));
    expect(await nudgesFor('northside')).toHaveLength(1);
  });

  it.each([
    ['farah', '/ips nudges off', /clinical team leader/], // a clinician, not the champion
    ['eli', '/ips nudges off eastside', /different clinical team/],
    ['aroha', '/ips nudges off', /\/ips nudges is for clinicians and admins/],
    ['gus', '/ips nudges off', /Which team\?/], // an admin in a direct message, no team given
    ['gus', '/ips nudges off westside', /No clinical team has the key "westside"/],
    ['eli', '/ips nudges maybe', /Say "off" to pause/],
  ])('%s: %s is refused and changes nothing', async (handle, line, reason) => {
    const { reply, text } = await bot.say(handle, line);
    expect(reply.kind).toBe('error');
    expect(text).toMatch(reason);
    expect(await db().clinicalTeam.count({ where: { nudgesEnabled: false } })).toBe(0);
    expect(await notices()).toEqual([]);
  });

  it('takes the team from the channel it is run in', async () => {
    const { text } = await bot.say('gus', '/ips nudges off', { conversation: { channelId: 'eastside-cmht', isDirect: false } });
    expect(text).toContain('paused for Eastside CMHT');
  });
});
