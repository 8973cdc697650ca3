// Once a week per clinical team, on its day and time in the unit's zone: the
// week's 5 Rs prompt in each of the team's channels. The run is claimed in the
// database (`nudge:<team>:<ISO week>`) with its messages, so it is posted once
// however many processes tick, and caught up after downtime within the window.
import { addLocalDays, instantAt, isoWeekOf, localDateOf } from '../core/local-date.js';
import type { Db } from '../db/database.js';
import type { Tx } from '../db/tx.js';
import { enqueue } from '../outbox/outbox.js';
import { claimRun } from '../scheduling/claim.js';
import type { JobDeps } from '../scheduling/jobs.js';
import type { ScheduledJob } from '../scheduling/scheduler.js';
import { teamChannels } from '../celebrations/channels.js';
import { nudgeMessage, type Nudge } from './nudge-message.js';
import { droughtPrompt, rotationPrompt } from './rotation.js';
import { teamFigures, type TeamFigures } from './team-figures.js';

type Team = Awaited<ReturnType<typeof nudgeableTeams>>[number];

async function nudgeableTeams(db: Db) {
  return db.clinicalTeam.findMany({
    where: { nudgesEnabled: true, bindings: { some: {} } },
    include: { unit: { select: { timeZone: true } } },
  });
}

/** The week's nudge: the rotation's prompt, or a Refer prompt with a button after a referral drought. */
export function chooseNudge(team: { id: number; referralDroughtWeeks: number }, date: string, figures: TeamFigures): Nudge {
  const weeks = Math.floor(figures.daysSinceReferral / 7);
  return weeks >= team.referralDroughtWeeks
    ? { prompt: droughtPrompt(date), droughtWeeks: weeks }
    : { prompt: rotationPrompt(team.id, date) };
}

async function postNudge(tx: Tx, team: Team, date: string, week: string, now: Date): Promise<void> {
  const figures = await teamFigures(tx, { id: team.id, createdAt: team.createdAt, timeZone: team.unit.timeZone }, date);
  const message = nudgeMessage(chooseNudge(team, date, figures), team.name, figures);
  for (const channel of await teamChannels(tx, team.id)) {
    await enqueue(
      tx,
      {
        dedupeKey: `nudge:${team.id}:${week}:${channel.bindingId}`,
        to: { kind: 'conversation', conversation: channel.conversation },
        message,
      },
      now,
    );
  }
}

export function nudgeJob(deps: JobDeps): ScheduledJob {
  const { db } = deps;
  return {
    name: '5 Rs nudges',
    async run(now) {
      let posted = false;
      for (const team of await nudgeableTeams(db)) {
        const zone = team.unit.timeZone;
        const thisWeek = isoWeekOf(localDateOf(now, zone)).start;
        // Last week's too: a Sunday nudge missed overnight is still due on Monday morning.
        for (const monday of [addLocalDays(thisWeek, -7), thisWeek]) {
          const date = addLocalDays(monday, team.nudgeWeekday - 1);
          const dueAt = instantAt(date, team.nudgeTime, zone);
          const late = now.getTime() - dueAt.getTime();
          if (late < 0 || late > deps.catchUpHours * 3600_000) continue;
          const week = isoWeekOf(date).label;
          const claimed = await db.$transaction(async (tx) => {
            if (!(await claimRun(tx, { key: `nudge:${team.id}:${week}`, dueAt, unitId: team.unitId }, now))) return false;
            await postNudge(tx, team, date, week, now);
            return true;
          });
          posted ||= claimed;
        }
      }
      if (posted) deps.outbox.wake();
    },
  };
}
