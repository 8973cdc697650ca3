import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toDbDate } from '../../src/core/local-date.js';
import { loadDigestUnit } from '../../src/digests/digest-unit.js';
import { gatherReviewFacts } from '../../src/fidelity/gather-facts.js';
import type { ReviewFacts } from '../../src/fidelity/review-facts.js';
import { reviewPeriod } from '../../src/fidelity/review-period.js';
import { startTestBot, type TestBot } from '../support/test-bot.js';

// The demo roster on Monday 23 November 2026. Quarter 2026-Q4 so far: 1 Oct - 23 Nov,
// 54 days = 7 whole weeks counted back from 23 Nov (week 0 is 17-23 Nov, week 6 is 6-12 Oct), 2 months.
let bot: TestBot;
let facts: ReviewFacts;

beforeAll(async () => {
  bot = await startTestBot();
  const db = bot.database.db;
  const staff = Object.fromEntries((await db.staff.findMany()).map((s) => [s.handle, s.id]));
  const clients = Object.fromEntries((await db.client.findMany()).map((c) => [c.ref, c]));
  const teams = Object.fromEntries((await db.clinicalTeam.findMany()).map((t) => [t.key, t.id]));
  const unit = await db.vocationalUnit.findUniqueOrThrow({ where: { key: 'harbour' } });
  const employer = (await db.employer.findFirstOrThrow()).id;
  const d = (day: string) => toDbDate(day);

  await db.supervisionSession.createMany({
    data: [
      { unitId: unit.id, kind: 'group', on: d('2026-11-17'), recordedById: staff.dana! },
      { unitId: unit.id, kind: 'group', on: d('2026-11-18'), recordedById: staff.dana! }, // same week 0
      { unitId: unit.id, kind: 'group', on: d('2026-11-03'), recordedById: staff.dana! }, // 20 days back: week 2
      { unitId: unit.id, kind: 'group', on: d('2026-10-02'), recordedById: staff.dana! }, // before the whole weeks
      { unitId: unit.id, kind: 'field', on: d('2026-10-20'), specialistId: staff.ben!, recordedById: staff.dana! },
      { unitId: unit.id, kind: 'field', on: d('2026-11-10'), specialistId: staff.chen!, recordedById: staff.dana! },
    ],
  });
  await db.mdtAttendance.createMany({
    data: [
      { staffId: staff.dana!, clinicalTeamId: teams.northside!, on: d('2026-11-05') },
      { staffId: staff.aroha!, clinicalTeamId: teams.northside!, on: d('2026-11-19') },
      { staffId: staff.aroha!, clinicalTeamId: teams.northside!, on: d('2026-11-20') }, // same week
      { staffId: staff.ben!, clinicalTeamId: teams.eastside!, on: d('2026-11-12') },
    ],
  });
  const contact = (specialist: string, on: string, extra: object) => ({
    specialistId: staff[specialist]!,
    employerId: employer,
    contactedOn: d(on),
    type: 'face_to_face' as const,
    cupOfTea: 1,
    ...extra,
  });
  await db.employerContact.createMany({
    data: [
      contact('aroha', '2026-11-20', { type: 'phone', benefitsLiaison: true }),
      contact('aroha', '2026-10-14', { benefitsLiaison: true }), // 40 days back: week 5; a meeting in October
      contact('ben', '2026-11-06', { clientId: clients['RB-33']!.id }),
      contact('chen', '2026-11-20', { clientId: clients['HN-02']!.id }),
    ],
  });
  await db.job.create({
    data: {
      clientId: clients['MT-21']!.id,
      employerId: employer,
      specialistId: staff.aroha!,
      role: 'barista',
      jobType: 'hospitality',
      startOn: d('2026-11-10'),
      hoursPerWeek: 20,
    },
  });
  const evidence = (
    ref: string,
    kind: 'benefits_offered' | 'benefits_done' | 'disclosure' | 'plan_update',
    on: string,
    topics: string[] = [],
  ) => ({
    clientId: clients[ref]!.id,
    kind,
    on: d(on),
    topics,
    recordedById: staff.aroha!,
  });
  await db.clientEvidence.createMany({
    data: [
      evidence('MT-21', 'benefits_offered', '2026-11-01'),
      evidence('MT-21', 'benefits_done', '2026-11-15'), // after the start: not "before"
      evidence('SJ-14', 'disclosure', '2026-11-12', ['pros-cons']),
      evidence('LW-18', 'disclosure', '2026-09-20'),
      evidence('LW-18', 'disclosure', '2026-11-02', ['what-to-say']),
      evidence('RB-33', 'plan_update', '2026-11-05'),
    ],
  });
  await db.outreachAttempt.createMany({
    data: [
      { clientId: clients['DG-40']!.id, specialistId: staff.chen!, attemptedOn: d('2026-11-16'), method: 'joint' },
      { clientId: clients['DG-40']!.id, specialistId: staff.chen!, attemptedOn: d('2026-11-17'), method: 'family' },
    ],
  });
  await db.clientContact.createMany({
    data: [
      { clientId: clients['SJ-14']!.id, specialistId: staff.aroha!, metOn: d('2026-11-18'), type: 'face_to_face', place: 'work' },
      { clientId: clients['SJ-14']!.id, specialistId: staff.aroha!, metOn: d('2026-11-19'), type: 'face_to_face', place: 'office' },
    ],
  });
  const screened = await db.client.create({
    data: { ref: 'XX-01', status: 'closed', clinicalTeamId: teams.eastside!, referredOn: d('2026-11-02'), closedOn: d('2026-11-09') },
  });
  await db.referral.createMany({
    data: [
      { clientId: clients['KP-07']!.id, clinicalTeamId: teams.northside!, referredById: staff.eli!, referredOn: d('2026-11-13') },
      { clientId: screened.id, clinicalTeamId: teams.eastside!, referredOn: d('2026-11-02') },
    ],
  });
  facts = await db.$transaction(async (tx) =>
    gatherReviewFacts(tx, await loadDigestUnit(tx, unit.id), reviewPeriod('2026-Q4', '2026-11-23')),
  );
});
afterAll(async () => {
  await bot.close();
});

describe('gathering the review facts from the records', () => {
  it('counts the period in whole weeks and months', () => {
    expect([facts.weeks, facts.months]).toEqual([7, 2]);
  });

  it('counts supervision by week and month, and the supervisor at each treatment team', () => {
    expect(facts.supervision).toEqual({ weeksWithGroup: 2, monthsWithField: 2, teamsVisitedBySupervisor: 1, outcomesReviewed: false });
    expect(facts.mdtWeeksAttended).toBe(2); // aroha once in week 0, ben once in week 1
  });

  it('counts benefits liaison by week and month, meetings in person', () => {
    expect(facts.liaison).toEqual({ weeksWithContact: 2, monthsWithContact: 2, monthsWithMeeting: 1 });
  });

  it('counts benefits planning before the first start, disclosure per person, and plans behind employer contacts', () => {
    expect(facts.benefits).toEqual({ starters: 1, offeredBeforeStart: 1, doneBeforeStart: 0 });
    // 6 active; LW-18 (entry 14 Sep) is the only one 2+ months in, with two conversations.
    expect(facts.disclosure).toEqual({ people: 6, prosCons: 1, whatToSay: 1, peopleTwoMonthsIn: 1, moreThanOnce: 1 });
    expect(facts.jobSearch).toEqual({ clientContacts: 2, withCurrentPlan: 1 });
  });

  it('counts referrals, those closed before a first meeting, and their sources', () => {
    expect(facts.referrals).toEqual({ total: 2, closedBeforeMeeting: 1, sources: 2 });
  });

  it('counts community time from employer contacts, client meetings and outreach', () => {
    // aroha: 2 liaison contacts (phone; face to face), 2 meetings with SJ-14 (at work; in the office), and the demo
    // roster's first meetings with SJ-14 (11 Nov) and MT-21 (9 Oct), place not given = 6, of which 2 out of the office.
    expect(facts.specialists.find((s) => s.handle === 'aroha')).toMatchObject({ activities: 6, communityActivities: 2 });
  });

  it('counts outreach strategies', () => {
    expect(facts.outreach).toEqual({ attempts: 2, joint: 1, homeOrCommunity: 0, family: 1, closedForMissedAppointments: 0 });
  });
});
