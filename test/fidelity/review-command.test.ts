import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoHistory } from '../../src/demo/demo-history.js';
import { reminderItems, reminderMessage } from '../../src/reminders/reminder-bundle.js';
import { createReminderJob } from '../../src/reminders/reminder-job.js';
import { startTestBot, type TestBot } from '../support/test-bot.js';

// The demo service with its months of history, on Monday 23 November 2026 (quarter 2026-Q4 so far).
let bot: TestBot;
beforeAll(async () => {
  bot = await startTestBot();
  await loadDemoHistory(bot.database.db, bot.clock.now());
});
afterAll(async () => {
  await bot.close();
});

const draftedItems = (text: string) => [...text.matchAll(/bot's draft (\d)/g)].length;

/** Dana confirms 2026-Q3's drafts and scores the items without one; the confirmation's text. */
async function scoreLastQuarter(on: TestBot): Promise<string> {
  const { text } = await on.say('dana', '/ips fidelity confirm 2026-Q3');
  for (const item of [2, 3, 5, 10, 11])
    expect((await on.say('dana', `/ips fidelity score 2026-Q3 ${item} 3 from interviews`)).reply.kind).toBe('message');
  return text;
}

/** Dana scores item 17 by form, confirms the other drafts and scores the rest: every item of 2026-Q4. The form's answer. */
async function scoreThisQuarter(on: TestBot): Promise<string> {
  const submitted = await on.say('dana', '/ips', {
    input: { kind: 'form', action: 'fidelity score', values: { item: '17', score: '2', note: 'Ben below target all quarter' } },
  });
  await on.say('dana', '/ips fidelity confirm');
  for (const item of [2, 3, 5, 10, 11]) await on.say('dana', `/ips fidelity score ${item} 4`);
  return submitted.text;
}

describe('/ips fidelity on the demo service', () => {
  it('lists all 25 items, drafts at least 15 of them with their rule, and asks the question for the rest', async () => {
    const { reply, text } = await bot.say('dana', '/ips fidelity');
    expect(reply.kind).toBe('message');
    for (let item = 1; item <= 25; item++) expect(text).toMatch(new RegExp(`^${item}\\. `, 'm'));
    expect(draftedItems(text)).toBeGreaterThanOrEqual(15);
    expect([...text.matchAll(/Rule: /g)].length).toBe(draftedItems(text));
    expect(text).toContain('To answer: Which of the five components of executive support are in place? Evidence from DOC, INT.');
    expect(text).toContain('5: Ratio of 20 or fewer clients per employment specialist');
  });

  it('is for supervisors', async () => {
    const { reply, text } = await bot.say('aroha', '/ips fidelity');
    expect(reply.kind).toBe('error');
    expect(text).toContain('supervisor');
  });

  it('stores a score per review with who and when, totals it, and shows the change at the next review', async () => {
    expect(await scoreLastQuarter(bot)).toContain('2026-Q3: confirmed the draft scores of items');
    const q3Scores = await bot.database.db.fidelityItemScore.findMany({ where: { review: { quarter: '2026-Q3' } } });
    const q3Total = q3Scores.reduce((a, s) => a + s.score, 0);

    // This quarter: one item changed by form (the form's fields are the schema's), the rest confirmed.
    const form = await bot.say('dana', '/ips fidelity score');
    expect(form.reply.kind).toBe('form');
    expect(form.text).toBe('Score a fidelity item: item, score, note');
    expect(await scoreThisQuarter(bot)).toMatch(
      /2026-Q4, item 17 \(Job development: frequent employer contact\): 2 \(the bot's draft was \d\)/,
    );

    const stored = await bot.database.db.fidelityItemScore.findFirstOrThrow({ where: { item: 17, review: { quarter: '2026-Q4' } } });
    const dana = await bot.database.db.staff.findUniqueOrThrow({ where: { handle: 'dana' } });
    expect(stored).toMatchObject({ score: 2, note: 'Ben below target all quarter', scoredById: dana.id, scoredAt: bot.clock.now() });
    expect(stored.draftScore).not.toBeNull();
    expect(stored.rule).toContain('face-to-face employer contacts a week');

    const q4Scores = await bot.database.db.fidelityItemScore.findMany({ where: { review: { quarter: '2026-Q4' } } });
    expect(q4Scores).toHaveLength(25);
    const q4Total = q4Scores.reduce((a, s) => a + s.score, 0);
    const { text } = await bot.say('dana', '/ips fidelity');
    const band = q4Total >= 115 ? 'Exemplary' : q4Total >= 100 ? 'Good fidelity' : q4Total >= 74 ? 'Fair fidelity' : 'Not IPS';
    expect(text).toMatch(new RegExp(`Total\\s+${q4Total} of 125: ${band}`));
    const change = q4Total - q3Total;
    expect(text).toContain(`Last review (2026-Q3)`);
    expect(text).toContain(`change ${change > 0 ? '+' : ''}${change}`);
    expect(text).toMatch(/Score 2, by Dana Whitfield on [^;]+: "Ben below target all quarter"; bot's draft \d; last review \d/);

    const audits = await bot.database.db.auditEvent.count({ where: { action: 'fidelity.score' } });
    // Q3: one per stored score. Q4: item 17 by form, 19 drafts confirmed (20 less item 17), 5 typed = 25 rows.
    expect(audits).toBe(q3Scores.length + 25);
  });

  it('refuses a score outside 1-5 or an item outside 1-25, saying which, and stores nothing', async () => {
    const before = await bot.database.db.fidelityItemScore.count();
    const wrongScore = await bot.say('dana', '/ips fidelity score 17 6');
    expect(wrongScore.reply.kind).toBe('error');
    expect(wrongScore.text).toContain('The score is a number from 1 to 5.');
    const wrongItem = await bot.say('dana', '/ips fidelity score 26 3');
    expect(wrongItem.text).toContain('Which item? A number from 1 to 25.');
    expect(await bot.database.db.fidelityItemScore.count()).toBe(before);
  });

  it('exports the review as CSV and a printable page', async () => {
    // A service of its own with both quarters scored: the scoring test counts
    // its own scores and audits on the shared one.
    const own = await startTestBot();
    try {
      await loadDemoHistory(own.database.db, own.clock.now());
      await scoreLastQuarter(own);
      await scoreThisQuarter(own);
      const { reply } = await own.say('dana', '/ips fidelity export');
      if (reply.kind !== 'message') throw new Error(reply.kind);
      const [csv, html] = reply.message.files!;
      expect(csv!.name).toBe('fidelity-review-harbour-2026-Q4.csv');
      const lines = (await own.fileBytes(csv!))
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .split('\r\n');
      expect(lines[0]).toBe('Item,Name,Score,Draft score,Rule,Evidence,Note,Scored by,Scored at,Last review score');
      expect(lines[17]).toMatch(
        /^17,Job development: frequent employer contact,2,\d,.*,Ben below target all quarter,Dana Whitfield,2026-11-23T10:00:00.000Z,\d$/,
      );
      const page = (await own.fileBytes(html!)).toString('utf8');
      expect(page).toContain('<h1>IPS fidelity review 2026-Q4: Harbour IPS</h1>');
      expect(page).toContain('25 of 25 items scored');
    } finally {
      await own.close();
    }
  });
});

describe('the action plan and the team meeting', () => {
  it('puts an action from item 17 in the next agenda and, when due, in its owner’s reminders', async () => {
    const planned = await bot.say('dana', '/ips action 17 pair Ben with Aroha on employer visits owner ben by 2026-11-27');
    expect(planned.text).toMatch(/^Action (\d+) for item 17/);
    const id = /^Action (\d+)/.exec(planned.text)![1]!;

    const agenda = await bot.say('dana', '/ips agenda');
    expect(agenda.text).toContain(`${id}. Item 17: pair Ben with Aroha on employer visits (Ben Okafor, by Fri 27 Nov)`);
    const listed = await bot.say('ben', '/ips actions');
    expect(listed.text).toContain(`${id}. Item 17: pair Ben with Aroha on employer visits`);

    const ben = await bot.database.db.staff.findUniqueOrThrow({ where: { handle: 'ben' } });
    const remind = (day: string) =>
      bot.database.db.$transaction((tx) => reminderItems(tx, ben.id, day, 'Europe/London', { standing: false }));
    expect((await remind('2026-11-26')).filter((i) => i.kind === 'action')).toEqual([]);
    const due = (await remind('2026-11-27')).filter((i) => i.kind === 'action');
    expect(due).toHaveLength(1);
    expect(reminderMessage(due, '2026-11-27').text).toContain(
      `Fidelity action ${id} (item 17): pair Ben with Aroha on employer visits, due today. Clear it: /ips action done ${id} <outcome>`,
    );

    const done = await bot.say('ben', `/ips action done ${id} two visits together, now 5 a week`);
    expect(done.text).toContain(`Action ${id} (item 17) done: two visits together, now 5 a week.`);
    expect((await remind('2026-11-30')).filter((i) => i.kind === 'action')).toEqual([]);
    expect((await bot.say('dana', '/ips agenda')).text).not.toContain('pair Ben with Aroha');
  });

  it('sends a supervisor who owns a due action a reminder bundle that day, and none before', async () => {
    const planned = await bot.say('dana', '/ips action 8 field mentoring with Chen owner dana by 2026-11-25');
    const id = /^Action (\d+)/.exec(planned.text)![1]!;
    const dana = await bot.database.db.staff.findUniqueOrThrow({ where: { handle: 'dana' } });
    const job = createReminderJob({ db: bot.database.db });
    const bundle = (day: string) => bot.database.db.outboxMessage.findUnique({ where: { dedupeKey: `reminders:${dana.id}:${day}` } });
    await job.run(new Date('2026-11-24T09:00:00Z')); // Tuesday, 09:00 in London: the action is due tomorrow
    expect(await bundle('2026-11-24')).toBeNull();
    await job.run(new Date('2026-11-25T09:00:00Z'));
    expect(JSON.stringify((await bundle('2026-11-25'))?.message)).toContain(
      `Fidelity action ${id} (item 8): field mentoring with Chen, due today.`,
    );
    await bot.say('dana', `/ips action done ${id} mentored on 25 Nov`);
  });

  it('shows an idea, a learning point and a target with its progress in the next agenda', async () => {
    await bot.say('aroha', '/ips idea ask the library about a CV drop-in');
    await bot.say('dana', '/ips learning role-play a first employer visit');
    const target = await bot.say('dana', '/ips target job-starts 4 per month');
    // November so far: GH-05 started 12 days before 23 Nov (11 Nov), the other demo starts were earlier.
    expect(target.text).toBe('Target set. Job starts: 1 of 4 this month (since 2026-11-01).');
    const { text } = await bot.say('dana', '/ips agenda');
    expect(text).toContain('• ask the library about a CV drop-in (Mon 23 Nov)');
    expect(text).toContain('• role-play a first employer visit (Mon 23 Nov)');
    expect(text).toContain('• Job starts: 1 of 4 this month (since 2026-11-01)');
    expect(text).toContain('[Add an idea]  type: /ips idea');
  });

  it('opens the short idea form from the agenda button', async () => {
    const { reply, text } = await bot.say('dana', '/ips idea');
    expect(reply.kind).toBe('form');
    expect(text).toBe('An idea from the meeting: text');
  });
});
