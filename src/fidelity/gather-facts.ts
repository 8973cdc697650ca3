// Gathers a unit's review facts for a period from the records, in one place,
// so that the draft rules (draft-rules.ts) stay pure. Reuses the digests'
// readers (caseload-facts.ts, fidelity-estimate.ts, contact-weeks.ts) so the
// review counts as the weekly summary does. When richer records arrive
// (client contacts by place, job kinds), this is the one module to re-point.
import type { Tx } from '../db/tx.js';
import { addLocalDays, fromDbDate, toDbDate, type LocalDate } from '../core/local-date.js';
import { caseloadOn, followAlongTallies } from '../digests/caseload-facts.js';
import { contactWeeks, weeklySeries } from '../digests/contact-weeks.js';
import { periodEnding } from '../digests/digest-period.js';
import type { DigestUnit } from '../digests/digest-unit.js';
import { unitJobs } from '../digests/fidelity-estimate.js';
import { daysBetween, monthsBefore, percent, sum } from '../digests/numbers.js';
import { loadCaseload } from '../services/caseload-snapshot.js';
import { inPersonTypes } from '../services/contacts.js';
import { supportedStarts } from '../services/outcomes.js';
import { idsSql } from '../digests/sql.js';
import type { ReviewFacts, SpecialistFacts } from './review-facts.js';
import type { ReviewPeriod } from './review-period.js';

/** Close reasons that say a case was closed for missed appointments (item 25 counts these against the service). */
const missedAppointments = /missed|did not attend|\bdna\b|no[- ]?show/i;
const rapidSearchDays = 30;

const monthOf = (d: LocalDate) => d.slice(0, 7);

export async function gatherReviewFacts(tx: Tx, unit: DigestUnit, period: ReviewPeriod): Promise<ReviewFacts> {
  const { from, to } = period;
  const ids = unit.specialists.map((s) => s.id);
  const inPeriod = { gte: toDbDate(from), lte: toDbDate(to) };
  const weeks = Math.max(1, Math.floor((daysBetween(from, to) + 1) / 7));
  /** Whole weeks counted back from the period's last day: 0 is the last week. */
  const weekIndex = (d: LocalDate) => Math.floor(daysBetween(d, to) / 7);
  const inWholeWeeks = (d: LocalDate) => d >= from && weekIndex(d) < weeks;
  const months = new Set<string>();
  for (let d = from; d <= to; d = addLocalDays(d, 1)) months.add(monthOf(d));

  const caseload = await caseloadOn(tx, ids, to);
  const active = new Set(caseload.map((p) => p.ref));
  const people = await loadCaseload(tx, { OR: [{ specialistId: { in: ids } }, { clinicalTeam: { unitId: unit.id } }] }, unit.timeZone);
  const activePeople = people.filter((p) => active.has(p.ref));
  const evidence = await tx.clientEvidence.findMany({
    where: { clientId: { in: people.map((p) => p.id) }, on: { lte: toDbDate(to) } },
    orderBy: { on: 'asc' },
  });
  const evidenceOf = (clientId: number, kinds: readonly string[]) =>
    evidence.filter((e) => e.clientId === clientId && kinds.includes(e.kind)).map((e) => ({ on: fromDbDate(e.on), topics: e.topics }));

  const memberships = await tx.staffTeam.findMany({ where: { staffId: { in: ids } } });
  const series = await contactWeeks(tx, ids, periodEnding(to), weeks);
  const activity = await tx.$queryRaw<{ specialistId: number; activities: number; community: number }[]>`
    SELECT "specialistId", sum(n)::int AS activities, sum(c)::int AS community FROM (
      SELECT e."specialistId", 1 AS n, CASE WHEN e.type IN ('face_to_face', 'visit') THEN 1 ELSE 0 END AS c
      FROM "EmployerContact" e WHERE e."specialistId" IN ${idsSql(ids)} AND e."contactedOn" BETWEEN ${from}::date AND ${to}::date
      UNION ALL
      SELECT o."specialistId", 1, CASE WHEN o.method IN ('home', 'community', 'joint') THEN 1 ELSE 0 END
      FROM "OutreachAttempt" o WHERE o."specialistId" IN ${idsSql(ids)} AND o."attemptedOn" BETWEEN ${from}::date AND ${to}::date
      UNION ALL
      SELECT m."specialistId", 1, CASE WHEN m.type = 'face_to_face' AND m.place IN ('work', 'home', 'community') THEN 1 ELSE 0 END
      FROM "ClientContact" m WHERE m."specialistId" IN ${idsSql(ids)} AND m."metOn" BETWEEN ${from}::date AND ${to}::date
    ) a GROUP BY 1`;

  const specialists: SpecialistFacts[] = unit.specialists.map((s) => {
    const own = caseload.filter((p) => p.specialistId === s.id);
    const teams = new Set(memberships.filter((m) => m.staffId === s.id).map((m) => m.clinicalTeamId));
    const fromTeams = activePeople.filter((p) => p.specialistId === s.id && teams.has(p.clinicalTeamId)).length;
    const weekly = weeklySeries(series, s.id, weeks);
    const act = activity.find((a) => a.specialistId === s.id);
    return {
      handle: s.handle,
      fte: s.fte,
      active: own.length,
      teams: teams.size,
      caseloadFromTeamsPercent: own.length ? percent(fromTeams, own.length) : 0,
      inPersonPerWeek: weekly.map((w) => w.inPerson),
      lookingForWork: own.filter((p) => !p.working).length,
      inPerson: sum(weekly.map((w) => w.inPerson)),
      repeatVisits: sum(weekly.map((w) => w.repeatVisits)),
      activities: act?.activities ?? 0,
      communityActivities: act?.community ?? 0,
    };
  });

  const liaison = await tx.employerContact.findMany({
    where: { specialistId: { in: ids }, benefitsLiaison: true, contactedOn: inPeriod },
    select: { contactedOn: true, type: true },
  });
  const liaisonDays = liaison.map((c) => ({ on: fromDbDate(c.contactedOn), inPerson: inPersonTypes.includes(c.type) }));

  const sessions = await tx.supervisionSession.findMany({ where: { unitId: unit.id, on: inPeriod } });
  const sessionDays = (kind: 'group' | 'field') => sessions.filter((s) => s.kind === kind).map((s) => fromDbDate(s.on));
  const mdt = await tx.mdtAttendance.findMany({ where: { clinicalTeamId: { in: unit.clinicalTeamIds }, on: inPeriod } });
  // Goals set from the outcomes: targets and fidelity actions. Not the review's own scores, or scoring would move this draft.
  const reviewedOutcomes =
    (await tx.unitTarget.count({ where: { unitId: unit.id, setOn: inPeriod } })) +
    (await tx.fidelityAction.count({
      where: { unitId: unit.id, createdAt: { gte: toDbDate(from), lt: toDbDate(addLocalDays(to, 1)) } },
    }));

  const referrals = await tx.referral.findMany({
    where: { clinicalTeamId: { in: unit.clinicalTeamIds }, referredOn: inPeriod },
    include: { client: { select: { status: true, programmeEntryOn: true } } },
  });

  const yearAgo = monthsBefore(to, 12);
  const jobEnds = people.flatMap((p) =>
    p.jobs.filter((j) => j.endOn !== null && j.endOn >= from && j.endOn <= to).map((j) => ({ person: p, endOn: j.endOn! })),
  );
  const starters = people.flatMap((p) => {
    const first = supportedStarts(p)[0];
    return first && first.startOn > yearAgo && first.startOn <= to ? [{ person: p, startOn: first.startOn }] : [];
  });
  const twoMonthsAgo = monthsBefore(to, 2);
  const disclosureOf = (id: number) => evidenceOf(id, ['disclosure']);
  const jobEvents = activePeople.flatMap((p) =>
    p.jobs.flatMap((j) =>
      [j.startOn, j.endOn].filter((d): d is LocalDate => d !== null && d > yearAgo && d <= to).map((on) => ({ p, on })),
    ),
  );
  const updatedAfter = (p: { id: number }, on: LocalDate) =>
    evidenceOf(p.id, ['profile_update']).some((e) => e.on >= on && e.on <= addLocalDays(on, 30));

  const clientContacts = await tx.employerContact.findMany({
    where: { specialistId: { in: ids }, clientId: { not: null }, contactedOn: inPeriod, benefitsLiaison: false },
    select: { clientId: true, contactedOn: true },
  });
  const outreach = await tx.outreachAttempt.groupBy({
    by: ['method'],
    where: { specialistId: { in: ids }, attemptedOn: inPeriod },
    _count: true,
  });
  const outreachCount = (...methods: string[]) => sum(outreach.filter((o) => methods.includes(o.method)).map((o) => o._count));
  const closed = await tx.client.findMany({
    where: { id: { in: people.map((p) => p.id) }, closedOn: inPeriod },
    select: { id: true, closeReason: true },
  });
  const closeReasons = new Map(closed.map((c) => [c.id, c.closeReason ?? '']));
  // The same tally as the supervisor's summary, over the period: checkpoints
  // whose window closed before its last day (one due that day may still be met).
  const tallies = [...followAlongTallies(people, ids, from, addLocalDays(to, -1)).values()];

  return {
    weeks,
    months: months.size,
    specialists,
    supervisors: unit.supervisorIds.length,
    clinicalTeams: unit.clinicalTeamIds.length,
    liaison: {
      weeksWithContact: new Set(liaisonDays.filter((c) => inWholeWeeks(c.on)).map((c) => weekIndex(c.on))).size,
      monthsWithContact: new Set(liaisonDays.map((c) => monthOf(c.on))).size,
      monthsWithMeeting: new Set(liaisonDays.filter((c) => c.inPerson).map((c) => monthOf(c.on))).size,
    },
    supervision: {
      weeksWithGroup: new Set(sessionDays('group').filter(inWholeWeeks).map(weekIndex)).size,
      monthsWithField: new Set(sessionDays('field').map(monthOf)).size,
      teamsVisitedBySupervisor: new Set(mdt.filter((m) => unit.supervisorIds.includes(m.staffId)).map((m) => m.clinicalTeamId)).size,
      outcomesReviewed: reviewedOutcomes > 0,
    },
    mdtWeeksAttended: new Set(
      mdt
        .filter((m) => ids.includes(m.staffId) && inWholeWeeks(fromDbDate(m.on)))
        .map((m) => `${m.staffId}:${weekIndex(fromDbDate(m.on))}`),
    ).size,
    referrals: {
      total: referrals.length,
      closedBeforeMeeting: referrals.filter((r) => r.client.status === 'closed' && r.client.programmeEntryOn === null).length,
      sources: new Set(referrals.map((r) => (r.referredById === null ? `team:${r.clinicalTeamId}` : `staff:${r.referredById}`))).size,
    },
    jobEnds: {
      total: jobEnds.length,
      closedWithin30Days: jobEnds.filter(
        ({ person, endOn }) =>
          person.closedOn !== null &&
          person.closedOn >= endOn &&
          person.closedOn <= addLocalDays(endOn, 30) &&
          !person.jobs.some((j) => j.startOn > endOn),
      ).length,
    },
    benefits: {
      starters: starters.length,
      offeredBeforeStart: starters.filter(({ person, startOn }) =>
        evidenceOf(person.id, ['benefits_offered', 'benefits_done']).some((e) => e.on <= startOn),
      ).length,
      doneBeforeStart: starters.filter(({ person, startOn }) => evidenceOf(person.id, ['benefits_done']).some((e) => e.on <= startOn))
        .length,
    },
    disclosure: {
      people: activePeople.length,
      prosCons: activePeople.filter((p) => disclosureOf(p.id).some((e) => e.topics.includes('pros-cons'))).length,
      whatToSay: activePeople.filter((p) => disclosureOf(p.id).some((e) => e.topics.includes('what-to-say'))).length,
      peopleTwoMonthsIn: activePeople.filter((p) => p.programmeEntryOn! <= twoMonthsAgo).length,
      moreThanOnce: activePeople.filter((p) => p.programmeEntryOn! <= twoMonthsAgo && disclosureOf(p.id).length > 1).length,
    },
    profiles: {
      people: activePeople.length,
      started: activePeople.filter((p) => p.profileStartedOn !== null || evidenceOf(p.id, ['profile_update']).length > 0).length,
      // A job start or end in the last 30 days is not yet due for an update unless it has had one.
      jobEvents: jobEvents.filter(({ p, on }) => on <= addLocalDays(to, -30) || updatedAfter(p, on)).length,
      updatedAfter: jobEvents.filter(({ p, on }) => updatedAfter(p, on)).length,
    },
    daysToFirstContact: caseload
      .filter((p) => p.programmeEntryOn > yearAgo)
      .flatMap((p) => {
        const days = daysBetween(p.programmeEntryOn, p.firstEmployerContactOn ?? to);
        return p.firstEmployerContactOn !== null || days > rapidSearchDays ? [days] : [];
      }),
    jobSearch: {
      clientContacts: clientContacts.length,
      withCurrentPlan: clientContacts.filter((c) => {
        const on = fromDbDate(c.contactedOn);
        return evidenceOf(c.clientId!, ['plan_update']).some((e) => e.on <= on && e.on >= monthsBefore(on, 6));
      }).length,
    },
    jobs: await unitJobs(tx, ids, to),
    followAlong: { due: sum(tallies.map((t) => t.due)), onTime: sum(tallies.map((t) => t.onTime)) },
    outreach: {
      attempts: outreachCount('home', 'community', 'phone', 'letter', 'family', 'joint'),
      joint: outreachCount('joint'),
      homeOrCommunity: outreachCount('home', 'community'),
      family: outreachCount('family'),
      closedForMissedAppointments: [...closeReasons.values()].filter((reason) => missedAppointments.test(reason)).length,
    },
  };
}
