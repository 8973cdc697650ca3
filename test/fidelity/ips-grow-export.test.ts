import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoHistory } from '../../src/demo/demo-history.js';
import { ipsGrowHeader, ipsGrowReturn } from '../../src/export/ips-grow-export.js';
import { reviewPeriod } from '../../src/fidelity/review-period.js';
import { startTestBot, type TestBot } from '../support/test-bot.js';

// The demo service on Monday 23 November 2026: quarter 2026-Q4 so far is 1 Oct - 23 Nov.
let bot: TestBot;
beforeAll(async () => {
  bot = await startTestBot();
  await loadDemoHistory(bot.database.db, bot.clock.now());
});
afterAll(async () => {
  await bot.close();
});

async function rows(quarter: string): Promise<Record<string, string>[]> {
  const db = bot.database.db;
  const unit = await db.vocationalUnit.findUniqueOrThrow({ where: { key: 'harbour' } });
  const file = await db.$transaction((tx) => ipsGrowReturn(tx, unit.id, reviewPeriod(quarter, '2026-11-23')));
  const [header, ...lines] = Buffer.from(file.bytes)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  expect(header).toBe(ipsGrowHeader.join(','));
  // No cell in this data holds a comma, so a plain split reads it.
  return lines.map((l) => Object.fromEntries(l.split(',').map((cell, i) => [ipsGrowHeader[i]!, cell])));
}

describe('the IPS Grow quarterly return', () => {
  it('has one row per person on the caseload or referred in the quarter, with the guidance columns', async () => {
    const q4 = await rows('2026-Q4');
    const byRef = new Map(q4.map((r) => [r['Client reference'] ?? '', r]));
    // 7 roster people + 3 working demo people.
    expect(q4).toHaveLength(10);
    // PW-11: entry 150 days before 23 Nov (26 Jun), started 30 days before (24 Oct), 30 hours: supported into work this quarter.
    expect(byRef.get('PW-11')).toMatchObject({
      'Referral date': '2026-06-19',
      'Referral in quarter': 'No',
      'Date of first appointment (programme entry)': '2026-06-26',
      'In work at referral': 'No',
      'Date vocational profile started': '2026-07-03',
      'Active at quarter end': 'Yes',
      'First job start date': '2026-10-24',
      'First job hours per week': '30',
      'Supported into work this quarter (first job 4+ hours worked)': 'Yes',
      'Job starts this quarter': '1',
      'Job start dates this quarter': '2026-10-24',
      'Discharge date': '',
    });
    // TA-09 started 60 days before (24 Sep): a Q3 start, so nothing this quarter.
    expect(byRef.get('TA-09')).toMatchObject({
      'First job start date': '2026-09-24',
      'Supported into work this quarter (first job 4+ hours worked)': 'No',
      'Job starts this quarter': '0',
    });
    // KP-07 is referred but not met: referred 3 + 7 = 10 days before, on 13 Nov.
    expect(byRef.get('KP-07')).toMatchObject({
      'Referral date': '2026-11-13',
      'Referral in quarter': 'Yes',
      'Active at quarter end': 'No',
    });
  });

  it('counts TA-09 as supported into work in the quarter of the start', async () => {
    const q3 = await rows('2026-Q3');
    expect(q3.find((r) => r['Client reference'] === 'TA-09')).toMatchObject({
      'Supported into work this quarter (first job 4+ hours worked)': 'Yes',
      'Job start dates this quarter': '2026-09-24',
      'Job hours per week this quarter': '20',
    });
  });
});
