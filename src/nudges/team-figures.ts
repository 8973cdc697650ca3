// A clinical team's own numbers for its nudges: counts only, never names.
import { fromDbDate, localDateOf, toDbDate, type LocalDate } from '../core/local-date.js';
import type { Db } from '../db/database.js';
import type { Tx } from '../db/tx.js';

export interface TeamFigures {
  referralsThisMonth: number;
  /** People on the team's caseload who started a job this quarter (each counted once). */
  jobStartsThisQuarter: number;
  /** Days since the team's last referral (since the team was set up, when it never referred anyone). */
  daysSinceReferral: number;
}

function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((toDbDate(to).getTime() - toDbDate(from).getTime()) / 86_400_000);
}

function quarterStart(date: LocalDate): LocalDate {
  const month = Number(date.slice(5, 7));
  return `${date.slice(0, 4)}-${String(month - ((month - 1) % 3)).padStart(2, '0')}-01`;
}

/** The team's figures as of `today` (its local date). */
export async function teamFigures(
  db: Db | Tx,
  team: { id: number; createdAt: Date; timeZone: string },
  today: LocalDate,
): Promise<TeamFigures> {
  const until = toDbDate(today);
  const referralsThisMonth = await db.referral.count({
    where: { clinicalTeamId: team.id, referredOn: { gte: toDbDate(`${today.slice(0, 7)}-01`), lte: until } },
  });
  const starters = await db.job.findMany({
    // A job held at programme entry (retention) is not someone starting work.
    where: { client: { clinicalTeamId: team.id }, retention: false, startOn: { gte: toDbDate(quarterStart(today)), lte: until } },
    distinct: ['clientId'],
    select: { clientId: true },
  });
  const last = await db.referral.findFirst({
    where: { clinicalTeamId: team.id, referredOn: { lte: until } },
    orderBy: { referredOn: 'desc' },
    select: { referredOn: true },
  });
  const since = last ? fromDbDate(last.referredOn) : localDateOf(team.createdAt, team.timeZone);
  return { referralsThisMonth, jobStartsThisQuarter: starters.length, daysSinceReferral: Math.max(0, daysBetween(since, today)) };
}
