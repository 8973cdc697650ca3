// The fidelity-review export read back by a real CSV parser and compared
// field by field, formula injection included.
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileAttachment } from '../../src/core/message.js';
import {
  contactLogHeader,
  employerDatabaseHeader,
  jobStartsHeader,
  outcomeFiguresHeader,
  outcomesHeader,
} from '../../src/export/fidelity-export.js';
import { neutralise } from '../../src/export/csv-file.js';
import { startTestBot, type TestBot } from '../support/test-bot.js';

let bot: TestBot;
let files: FileAttachment[];
const bytes = new Map<string, Buffer>();

function rows(name: string): string[][] {
  const file = files.find((f) => f.name.startsWith(name))!;
  expect(file.mimeType).toBe('text/csv');
  return parse(bytes.get(file.id)!, { bom: true }) as string[][];
}

beforeAll(async () => {
  bot = await startTestBot({ now: '2026-10-05T10:00:00Z' });
  const say = async (handle: string, line: string) => {
    const { reply, text } = await bot.say(handle, line);
    expect(reply.kind, text).toBe('message');
  };
  await say('eli', '/refer SJ wants outdoor work');
  await say('aroha', '/client met SJ-15');
  bot.clock.set('2026-10-06T10:00:00Z');
  await say('aroha', '/client profile SJ-15');
  await say('aroha', '/contact Perry\'s Garden Centre f2f for SJ-15 next 13/10 =HYPERLINK("http://evil") asked about roles');
  await say('aroha', '/contact "@Evil Corp" phone +44 called them, -5 jobs');
  await say('aroha', "/employer Perry's Garden Centre address 1 Mill Lane, Harbourtown contact Jo Bloggs, hiring manager");
  await say('aroha', '/employer Jobcentre Plus benefits contact Sam Reid type "benefits office"');
  await say('aroha', '/contact Jobcentre Plus f2f for SJ-15 shared client review');
  bot.clock.set('2026-10-20T10:00:00Z');
  await say('aroha', "/jobstart SJ-15 Perry's Garden Centre, retail assistant 2026-10-26 3.5h");
  bot.clock.set('2026-11-02T10:00:00Z');
  await say('aroha', '/jobend SJ-15 today');
  await say('aroha', '/jobstart SJ-15 Harbour Café, barista 2026-11-09 20h temporary');
  bot.clock.set('2026-12-01T10:00:00Z');
  await say('aroha', '/client close SJ-15 moved away');
  // Fields typed elsewhere (an admin's employer details) get the same treatment.
  await bot.database.db.employer.updateMany({
    where: { name: "Perry's Garden Centre" },
    data: { outcome: '\t=2 roles filled', phone: '+44 1234 567890' },
  });
  const { reply } = await bot.say('dana', '/ips export 2026-10-01 2026-12-31');
  if (reply.kind !== 'message') throw new Error('export refused');
  files = reply.message.files ?? [];
  for (const file of files) bytes.set(file.id, await bot.fileBytes(file));
});
afterAll(async () => {
  await bot?.close();
});

describe('/ips export', () => {
  it('makes five CSV files and audits the export', async () => {
    expect(files.map((f) => f.name)).toEqual([
      'employer-contact-log-harbour-2026-10-01-to-2026-12-31.csv',
      'employer-database-harbour-2026-12-31.csv',
      'job-starts-harbour-2026-10-01-to-2026-12-31.csv',
      'outcomes-harbour-2026-10-01-to-2026-12-31.csv',
      'outcome-figures-harbour-2026-10-01-to-2026-12-31.csv',
    ]);
    expect(await bot.database.db.auditEvent.count({ where: { action: 'export.create' } })).toBe(1);
  });

  it("writes the employer contact log in the seed's columns, neutralising formulas", () => {
    const [header, ...body] = rows('employer-contact-log');
    expect(header).toEqual([...contactLogHeader]);
    expect(body).toEqual([
      [
        'SJ-15',
        "Perry's Garden Centre",
        '2026-10-06',
        'Face to face',
        '1',
        '2026-10-13',
        '\'=HYPERLINK("http://evil") asked about roles',
        'aroha',
      ],
      ['', "'@Evil Corp", '2026-10-06', 'Phone call', '0', '', "'+44 called them, -5 jobs", 'aroha'],
      ['SJ-15', 'Jobcentre Plus', '2026-10-06', 'Face to face', '1', '', 'shared client review', 'aroha'],
    ]);
  });

  it('writes the employer database with every column of the seed, filled from what was recorded', () => {
    const [header, ...body] = rows('employer-database');
    expect(header).toEqual([...employerDatabaseHeader]);
    expect(body.map((r) => r[0])).toEqual([
      "'@Evil Corp",
      'Beautiful Blooms Nursery',
      'Harbour Café',
      'Jobcentre Plus',
      "Perry's Garden Centre",
      'Quayside Logistics',
    ]);
    // Typed with /employer (address, contact), from the demo (type, jobs, hours), the contact log (date) and an admin (phone, outcome).
    expect(body.find((r) => r[0] === "Perry's Garden Centre")).toEqual([
      "Perry's Garden Centre",
      '1 Mill Lane, Harbourtown',
      "'+44 1234 567890",
      'Jo Bloggs, hiring manager',
      'Garden centre',
      'Retail assistant, plant care',
      '16-30',
      '2026-10-06',
      "'\t=2 roles filled",
      'no',
    ]);
    // No outcome recorded: the latest contact's details stand in.
    expect(body.find((r) => r[0] === "'@Evil Corp")).toEqual([
      "'@Evil Corp",
      '',
      '',
      '',
      '',
      '',
      '',
      '2026-10-06',
      "'+44 called them, -5 jobs",
      'no',
    ]);
    expect(body.find((r) => r[0] === 'Jobcentre Plus')).toEqual([
      'Jobcentre Plus',
      '',
      '',
      'Sam Reid',
      'benefits office',
      '',
      '',
      '2026-10-06',
      'shared client review',
      'yes',
    ]);
  });

  it('writes the job starts with type, kind, competitive flag and hours', () => {
    const [header, ...body] = rows('job-starts');
    expect(header).toEqual([...jobStartsHeader]);
    // The first start: 3.5h a week for the 7 days to its end is 3.5 hours, under 4: not supported into work;
    // the later 20h start is a job start but never "supported into work".
    expect(body).toEqual([
      [
        'SJ-15',
        '2026-10-26',
        'sales',
        '711',
        'retail assistant',
        "Perry's Garden Centre",
        'permanent',
        'not said',
        'yes',
        '3.5',
        'first',
        '',
        'no',
      ],
      ['SJ-15', '2026-11-09', 'hospitality', '926', 'barista', 'Harbour Café', 'temporary', 'not said', 'yes', '20', 'later', '', 'no'],
    ]);
  });

  it('writes the outcome figures with their definitions', () => {
    const [header, ...body] = rows('outcome-figures');
    expect(header).toEqual([...outcomeFiguresHeader]);
    // On the caseload in the quarter: the 6 demo people met before 5 Oct and SJ-15 = 7, none in work at entry.
    // SJ-15: 2 starts (first + later), the first under 4 hours done; the later one 20h from 9 Nov: moved into work.
    expect(body.map((r) => r.slice(0, 2))).toEqual([
      ['Job starts', '2 (1 first, 1 later)'],
      ['Supported into work', '0'],
      ['Employment rate', '14% (1 of 7)'],
      ['Job retention', '0% (0 of 7)'],
      ['Hours missing', '0'],
    ]);
    expect(body.every((r) => r[2]!.length > 40)).toBe(true);
  });

  it('writes one row per person with the outcome return dates, pseudonymous references only', () => {
    const [header, ...body] = rows('outcomes');
    expect(header).toEqual([...outcomesHeader]);
    expect(body.find((r) => r[0] === 'SJ-15')).toEqual([
      'SJ-15',
      'Northside CMHT',
      '2026-10-05',
      '2026-10-06',
      '2026-10-05',
      '2026-10-06',
      'no',
      '2026-10-26; 2026-11-09',
      '3.5; 20',
      '2026-11-02; ',
      '2026-12-01',
    ]);
    for (const row of body) expect(row[0]).toMatch(/^[A-Z]{1,4}-\d+$/);
  });
});

describe('neutralise', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['plain', 'plain'],
    ['2026-10-01', '2026-10-01'],
    [null, ''],
    [3.5, 3.5],
  ])('%j → %j', (cell, expected) => {
    expect(neutralise(cell)).toEqual(expected);
  });
});
