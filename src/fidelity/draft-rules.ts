// The bot's draft score for each fidelity item its records can speak to: a
// pure function of the review facts, returning the score, the rule in words
// and the numbers behind it. Items the records cannot score return the
// evidence they hold (or nothing) and the supervisor scores from interviews
// and observation. Where the scale speaks in words, the rule says how the bot
// reads it; a draft is a starting point the supervisor confirms or changes.
import {
  bandAtLeast,
  caseloadSizeBand,
  competitiveJobsBand,
  diversityBand,
  employerContactBand,
  followAlongBand,
  rapidJobSearchBand,
  weeklyContactTarget,
  type Band,
} from '../digests/fidelity-bands.js';
import { mean, percent, sum } from '../digests/numbers.js';
import type { Score } from './fidelity-scale.js';
import type { ReviewFacts } from './review-facts.js';

export interface Draft {
  score: Score;
  /** How the score follows from the numbers. */
  rule: string;
  /** The numbers, in words. */
  numbers: string;
}

/** A draft, or what the records show without supporting one. */
export type DraftResult = { kind: 'draft'; draft: Draft } | { kind: 'evidence'; evidence: string };

const draft = (score: Score, rule: string, numbers: string): DraftResult => ({ kind: 'draft', draft: { score, rule, numbers } });
const evidence = (text: string): DraftResult => ({ kind: 'evidence', evidence: text });
const clamp = (n: number): Score => Math.min(5, Math.max(1, Math.round(n))) as Score;
/** "Most" of a group, where the scale wants something done with each person. */
export const mostShare = 75;
/** "Weekly" over a review period: at least this share of its weeks (a holiday week is not a lapse). */
export const weeklyShare = 90;
const pct = (part: number, whole: number) => (whole === 0 ? 0 : percent(part, whole));
const weekly = (weeksWith: number, weeks: number) => weeks > 0 && pct(weeksWith, weeks) >= weeklyShare;
/** The closest scale point to the average of per-specialist points, as the scale rates items 17, 18 and 24. */
const averagePoint = (points: readonly number[]) => clamp(mean(points));

function item1(f: ReviewFacts): DraftResult {
  const fte = sum(f.specialists.map((s) => s.fte));
  if (fte === 0) return evidence('No specialists on the roster.');
  const ratio = sum(f.specialists.map((s) => s.active)) / fte;
  return draft(
    caseloadSizeBand(ratio),
    '≤20 active per full-time specialist → 5, 21-25 → 4, 26-30 → 3, 31-40 → 2, 41+ → 1',
    `${sum(f.specialists.map((s) => s.active))} active over ${fte} FTE = ${ratio.toFixed(1)} per full-time specialist`,
  );
}

function item4(f: ReviewFacts): DraftResult {
  const rated = f.specialists.filter((s) => s.active > 0);
  if (rated.length === 0) return evidence('No one on an active caseload yet.');
  const points = rated.map((s) => (s.teams > 2 ? 2 : bandAtLeast(s.caseloadFromTeamsPercent, [90, 75, 50, 0])));
  return draft(
    averagePoint(points),
    'per specialist: attached to 1-2 teams with 90%+ of the caseload from them → 5, 75-89% → 4, 50-74% → 3, under 50% or 3+ teams → 2; averaged',
    rated.map((s) => `${s.handle}: ${s.teams} team${s.teams === 1 ? '' : 's'}, ${s.caseloadFromTeamsPercent}% from them`).join('; '),
  );
}

function item5(f: ReviewFacts): DraftResult {
  const possible = f.weeks * f.specialists.length;
  return evidence(
    `Treatment team meetings attended (/ips mdt): ${f.mdtWeeksAttended} specialist-weeks of ${possible}. The other four anchors (active part, shared record, shared office, prompting referrals) need interviews and observation.`,
  );
}

function item6(f: ReviewFacts): DraftResult {
  const { weeksWithContact, monthsWithContact, monthsWithMeeting } = f.liaison;
  const everyWeek = weekly(weeksWithContact, f.weeks);
  const score: Score =
    monthsWithMeeting >= f.months && everyWeek
      ? 5
      : monthsWithMeeting >= 1 || everyWeek
        ? 4
        : monthsWithContact >= f.months
          ? 3
          : weeksWithContact > 0
            ? 2
            : 1;
  return draft(
    score,
    `in-person meetings every month and contact weekly (${weeklyShare}%+ of weeks) → 5; an in-person meeting this quarter or weekly contact → 4; contact every month → 3; any contact → 2; none → 1`,
    `benefits/programme contacts in ${weeksWithContact} of ${f.weeks} weeks and ${monthsWithContact} of ${f.months} months; in-person meetings in ${monthsWithMeeting} months`,
  );
}

function item7(f: ReviewFacts): DraftResult {
  const fullTime = f.specialists.filter((s) => s.fte >= 1).length;
  const perMonth = f.months ? f.supervision.weeksWithGroup / f.months : 0;
  const score: Score =
    f.specialists.length === 0
      ? 1
      : fullTime >= 2 && weekly(f.supervision.weeksWithGroup, f.weeks)
        ? 5
        : f.specialists.length >= 2 && perMonth >= 2
          ? 4
          : perMonth >= 1
            ? 3
            : 2;
  return draft(
    score,
    `2+ full-time specialists with group supervision weekly (${weeklyShare}%+ of weeks) → 5; 2+ specialists meeting 2-3 times a month → 4; at least monthly → 3; same supervisor, no group meetings → 2`,
    `${fullTime} full-time of ${f.specialists.length} specialists; group supervision in ${f.supervision.weeksWithGroup} of ${f.weeks} weeks`,
  );
}

function item8(f: ReviewFacts): DraftResult {
  const s = f.supervision;
  const present = [
    f.supervisors > 0 && f.specialists.length / f.supervisors <= 10,
    weekly(s.weeksWithGroup, f.weeks),
    f.clinicalTeams > 0 && s.teamsVisitedBySupervisor >= f.clinicalTeams,
    f.months > 0 && s.monthsWithField >= f.months,
    s.outcomesReviewed,
  ].filter(Boolean).length;
  return draft(
    clamp(present),
    'one point per role present (one or none → 1): ≤10 specialists per supervisor; weekly supervision; a meeting of each treatment team this quarter; field mentoring every month; outcomes reviewed and goals set (a target or fidelity action set this quarter)',
    `${f.specialists.length} specialists, ${f.supervisors} supervisor(s); group supervision ${s.weeksWithGroup}/${f.weeks} weeks; ${s.teamsVisitedBySupervisor}/${f.clinicalTeams} treatment teams visited; field mentoring in ${s.monthsWithField}/${f.months} months; outcomes reviewed: ${s.outcomesReviewed ? 'yes' : 'no'}`,
  );
}

function item9(f: ReviewFacts): DraftResult {
  const { total, closedBeforeMeeting, sources } = f.referrals;
  if (total === 0) return evidence('No referrals in the period to judge access by.');
  const excluded = pct(closedBeforeMeeting, total);
  const score: Score = excluded > 50 ? 2 : closedBeforeMeeting > 0 || f.jobEnds.closedWithin30Days > 0 ? 3 : sources >= 3 ? 5 : 4;
  return draft(
    score,
    'most referrals closed before a first meeting → 2; some, or cases closed within 30 days of a job end → 3; none, referrals from 3+ sources → 5, fewer sources → 4 (a formal exclusion policy, 1, is for the reviewer to find)',
    `${total} referrals from ${sources} referrer(s); ${closedBeforeMeeting} closed before a first meeting; ${f.jobEnds.closedWithin30Days} of ${f.jobEnds.total} job ends followed by closure within 30 days`,
  );
}

function item12(f: ReviewFacts): DraftResult {
  const { starters, offeredBeforeStart, doneBeforeStart } = f.benefits;
  if (starters === 0) return evidence('No one started a supported job in the last 12 months.');
  const offered = pct(offeredBeforeStart, starters);
  const done = pct(doneBeforeStart, starters);
  const score: Score = offered >= 90 && done >= mostShare ? 5 : offered >= 90 ? 4 : offered >= 50 ? 3 : offered > 0 ? 2 : 1;
  return draft(
    score,
    `planning offered before the start to 90%+ of starters and done with a trained adviser for ${mostShare}%+ → 5; offered to 90%+ → 4; 50%+ → 3; some → 2; none → 1`,
    `${starters} people started work: planning offered before the start to ${offeredBeforeStart} (${offered}%), done for ${doneBeforeStart} (${done}%)`,
  );
}

function item13(f: ReviewFacts): DraftResult {
  const d = f.disclosure;
  if (d.people === 0) return evidence('No one on the active caseload.');
  const anchors = [
    true, // the bot never asks for disclosure: no record requires it
    pct(d.prosCons, d.people) >= mostShare,
    pct(d.whatToSay, d.people) >= mostShare,
    d.peopleTwoMonthsIn > 0 && pct(d.moreThanOnce, d.peopleTwoMonthsIn) >= mostShare,
  ].filter(Boolean).length;
  return draft(
    clamp(anchors + 1),
    `anchors present + 1: no requirement to disclose (always, nothing records one); pros and cons discussed with ${mostShare}%+; what to say discussed with ${mostShare}%+; discussed more than once with ${mostShare}%+ of those 2+ months in`,
    `${d.people} people: pros and cons ${d.prosCons}, what to say ${d.whatToSay}; ${d.moreThanOnce} of ${d.peopleTwoMonthsIn} people 2+ months in discussed it more than once`,
  );
}

function item14(f: ReviewFacts): DraftResult {
  const p = f.profiles;
  if (p.people === 0) return evidence('No one on the active caseload.');
  const started = pct(p.started, p.people);
  const updated = p.jobEvents === 0 ? 100 : pct(p.updatedAfter, p.jobEvents);
  const score: Score = started >= 90 && updated >= mostShare ? 5 : started >= mostShare ? 4 : 3;
  return draft(
    score,
    `profiles for 90%+ and updated within 30 days after ${mostShare}%+ of job starts and ends → 5; profiles for ${mostShare}%+ → 4; fewer → 3 (office-based testing or stepwise assessment, 1-2, are for the reviewer to find)`,
    `profile for ${p.started} of ${p.people} (${started}%); updated after ${p.updatedAfter} of ${p.jobEvents} job starts and ends`,
  );
}

function item15(f: ReviewFacts): DraftResult {
  if (f.daysToFirstContact.length === 0) return evidence('No one past programme entry long enough to count.');
  const days = mean(f.daysToFirstContact);
  return draft(
    rapidJobSearchBand(days),
    'average days from programme entry to the first face-to-face employer contact: ≤30 → 5, 31-60 → 4, 61-150 → 3, 151-270 → 2, 271+ → 1',
    `${Math.round(days)} days on average over ${f.daysToFirstContact.length} people`,
  );
}

function item16(f: ReviewFacts): DraftResult {
  const { clientContacts, withCurrentPlan } = f.jobSearch;
  if (clientContacts === 0) return evidence('No employer contacts for a named person in the period.');
  const share = pct(withCurrentPlan, clientContacts);
  return draft(
    bandAtLeast(share, [90, 75, 50, 25]),
    'share of client-specific employer contacts made for someone whose job search plan was updated in the 6 months before: 90%+ → 5, 75-89% → 4, 50-74% → 3, 25-49% → 2, under 25% → 1',
    `${withCurrentPlan} of ${clientContacts} contacts (${share}%)`,
  );
}

function item17(f: ReviewFacts): DraftResult {
  if (f.specialists.length === 0 || f.weeks === 0) return evidence('No specialists or no whole weeks yet.');
  const weeklyMeans = f.specialists.map((s) => mean(s.inPersonPerWeek));
  return draft(
    averagePoint(
      f.specialists.map((s, i) => {
        const rate = weeklyMeans[i]!;
        // With fewer than 3 people looking for work, 2 a week per person is the full score.
        return s.lookingForWork < 3 && rate >= weeklyContactTarget(s.lookingForWork) ? 5 : employerContactBand(rate);
      }),
    ),
    'per specialist, average face-to-face employer contacts a week, closest scale point: 6+ (or 2 per person looking when fewer than 3 are) → 5, 5 → 4, 4 → 3, 2 → 2, under 2 → 1 (halfway takes the higher); averaged',
    f.specialists.map((s, i) => `${s.handle}: ${weeklyMeans[i]!.toFixed(1)} a week`).join('; '),
  );
}

/**
 * Item 18, estimated: the share of in-person employer contacts that are repeat
 * visits (cup of tea 2+). Half or more → 5; a quarter or more → 4; some → 3;
 * only first visits → 2; no in-person contacts ("rarely makes employer contacts") → 1.
 */
function contactQualityBand(repeatVisits: number, inPersonContacts: number): Band {
  if (inPersonContacts === 0) return 1;
  const share = repeatVisits / inPersonContacts;
  if (share >= 0.5) return 5;
  if (share >= 0.25) return 4;
  return repeatVisits > 0 ? 3 : 2;
}

function item18(f: ReviewFacts): DraftResult {
  if (f.specialists.length === 0) return evidence('No specialists.');
  return draft(
    averagePoint(f.specialists.map((s) => contactQualityBand(s.repeatVisits, s.inPerson))),
    'per specialist, share of in-person employer contacts that are repeat visits: half or more → 5, a quarter → 4, some → 3, only first visits → 2, no in-person contacts → 1; averaged',
    f.specialists.map((s) => `${s.handle}: ${s.repeatVisits} repeat of ${s.inPerson}`).join('; '),
  );
}

function diversity(kind: 'job types' | 'employers', distinct: number, starts: number): DraftResult {
  if (starts === 0) return evidence('No job starts in the last 12 months.');
  const share = pct(distinct, starts);
  return draft(
    diversityBand(share),
    `different ${kind} as a share of job starts in 12 months: 85%+ → 5, 70-84% → 4, 60-69% → 3, 50-59% → 2, under 50% → 1`,
    `${distinct} different ${kind} over ${starts} starts (${share}%)`,
  );
}

function item21(f: ReviewFacts): DraftResult {
  const { current, competitive: competitivePermanent } = f.jobs;
  const share = pct(competitivePermanent, current);
  return draft(
    competitiveJobsBand(share, current),
    'share of current jobs that are competitive and permanent: 95%+ → 5, 85-94% → 4, 75-84% → 3, 65-74% → 2, less or fewer than 10 current jobs → 1',
    `${competitivePermanent} of ${current} current jobs (${share}%)`,
  );
}

function followAlong(f: ReviewFacts): DraftResult {
  const { due, onTime } = f.followAlong;
  if (due === 0) return evidence('No follow-along checkpoint fell due in the period.');
  const share = pct(onTime, due);
  return draft(
    followAlongBand(share),
    'share of follow-along checkpoints due in the period (1 week before a start, 3 days after, weekly for the first month, monthly for a year) met face to face within their window: all → 5, 75%+ → 4, half → 3, some → 2, none → 1',
    `${onTime} of ${due} checkpoints met face to face on time (${share}%)`,
  );
}

function item24(f: ReviewFacts): DraftResult {
  const rated = f.specialists.filter((s) => s.activities > 0);
  if (rated.length === 0) return evidence('No employer contacts or outreach logged in the period.');
  return draft(
    averagePoint(rated.map((s) => bandAtLeast(pct(s.communityActivities, s.activities), [65, 50, 40, 30]))),
    'per specialist, share of logged activities in community settings (in-person employer contacts, meetings with people at work, at home or in the community, home and community outreach) as a stand-in for hours: 65%+ → 5, 50-64% → 4, 40-49% → 3, 30-39% → 2, less → 1; averaged',
    rated.map((s) => `${s.handle}: ${s.communityActivities} of ${s.activities} (${pct(s.communityActivities, s.activities)}%)`).join('; '),
  );
}

function item25(f: ReviewFacts): DraftResult {
  const o = f.outreach;
  const strategies = [
    o.closedForMissedAppointments === 0,
    o.attempts > 0,
    o.joint > 0, // engagement by integrated team members
    o.homeOrCommunity >= 2,
    o.joint > 0, // coordinated visits by the specialist with a team member
    o.family > 0,
  ].filter(Boolean).length;
  return draft(
    clamp(strategies - 1),
    'strategies evidenced (2 or fewer → 1, 3 → 2, 4 → 3, 5 → 4, 6 → 5): no closures for missed appointments; outreach documented; joint outreach with the treatment team (counts for engagement by team members and for coordinated visits); 2+ home or community visits; family contact',
    `${o.attempts} outreach attempts: ${o.joint} joint, ${o.homeOrCommunity} home/community, ${o.family} family; ${o.closedForMissedAppointments} closed for missed appointments`,
  );
}

/** Every item's draft or evidence; items absent here have neither. */
export function draftScores(f: ReviewFacts): Map<number, DraftResult> {
  return new Map<number, DraftResult>([
    [1, item1(f)],
    [4, item4(f)],
    [5, item5(f)],
    [6, item6(f)],
    [7, item7(f)],
    [8, item8(f)],
    [9, item9(f)],
    [12, item12(f)],
    [13, item13(f)],
    [14, item14(f)],
    [15, item15(f)],
    [16, item16(f)],
    [17, item17(f)],
    [18, item18(f)],
    [19, diversity('job types', f.jobs.jobTypes, f.jobs.startsLast12Months)],
    [20, diversity('employers', f.jobs.employers, f.jobs.startsLast12Months)],
    [21, item21(f)],
    [22, followAlong(f)],
    [23, followAlong(f)],
    [24, item24(f)],
    [25, item25(f)],
  ]);
}
