// /client list: the caseload with its fidelity flags and outcome figures; for
// clinicians, their own team's counts only (never anyone's reference).
import { describeDate } from '../../core/local-date.js';
import type { Block } from '../../core/message.js';
import { message, messageReply } from '../../core/reply.js';
import type { CommandReply } from '../../core/invocation.js';
import { visibleClients } from '../../services/caseload.js';
import { loadCaseload, type SnapshotPerson } from '../../services/caseload-snapshot.js';
import { currentJob, daysBetween, inactiveSince, pastDay30 } from '../../services/caseload-flags.js';
import { dueFollowAlong } from '../../services/follow-along.js';
import { followAlongCommand } from '../../reminders/reminder-items.js';
import { outcomeFigures, outcomeLines, rollingYear } from '../../services/outcomes.js';
import type { LocalDate } from '../../core/local-date.js';
import { auditRead } from '../../access/read-audit.js';
import type { CommandContext } from '../command.js';

function personLine(p: SnapshotPerson, today: LocalDate): string {
  if (p.status === 'referred') {
    return `${p.ref}: referred ${p.referredOn ? describeDate(p.referredOn, today) : ''}, first meeting not logged yet (/client met ${p.ref})`;
  }
  const flags: string[] = [];
  const job = currentJob(p, today);
  flags.push(
    job
      ? `working: ${job.role} at ${job.employer} since ${describeDate(job.startOn, today)}`
      : `day ${daysBetween(p.programmeEntryOn!, today)}, looking for work`,
  );
  const day = pastDay30(p, today);
  if (day !== undefined) flags.push('⚑ past day 30 with no face-to-face employer contact');
  const since = inactiveSince(p, today);
  if (since) flags.push(`⚑ no service or outreach since ${describeDate(since, today)}: close or re-engage`);
  const due = dueFollowAlong(p, today)[0];
  if (due)
    flags.push(
      `⚑ ${due.kind === 'after-end' ? 'contact after job end' : 'follow-along'} ${due.by < today ? 'overdue since' : 'due by'} ${describeDate(due.by, today)} (${followAlongCommand(p.ref)})`,
    );
  return `${p.ref}: ${flags.join('; ')}`;
}

export async function caseloadList(ctx: CommandContext): Promise<CommandReply> {
  const people = await loadCaseload(ctx.tx, visibleClients(ctx.caller), ctx.caller.timeZone);
  const open = people.filter((p) => p.status !== 'closed');
  const active = open.filter((p) => p.status === 'active');
  const { from, to } = rollingYear(ctx.today);
  const blocks: Block[] = [
    { kind: 'heading', text: ctx.caller.role === 'supervisor' ? "Your unit's caseload" : 'Your caseload' },
    {
      kind: 'paragraph',
      text: `${active.length} on the active caseload (aim: 20 or fewer per full-time specialist), ${open.length - active.length} referred and waiting for a first meeting.`,
    },
    {
      kind: 'list',
      items: open.length ? open.map((p) => personLine(p, ctx.today)) : ['No one yet. /client add <initials> <team> adds a person.'],
    },
  ];
  if (people.some((p) => p.programmeEntryOn)) {
    blocks.push({
      kind: 'list',
      title: `Outcomes, ${describeDate(from, ctx.today)} to ${describeDate(to, ctx.today)} (IPS Grow definitions)`,
      items: outcomeLines(outcomeFigures(people, from, to)),
    });
  }
  blocks.push({ kind: 'note', text: 'One person in full: /client show <ref>' });
  const shown = message(blocks);
  await auditRead(ctx, 'caseload.read', 'Staff', ctx.caller.id, shown);
  return { kind: 'message', message: shown };
}

export async function teamCounts(ctx: CommandContext): Promise<CommandReply> {
  const teams = await ctx.tx.clinicalTeam.findMany({ where: { id: { in: ctx.caller.clinicalTeamIds } }, orderBy: { name: 'asc' } });
  const { from, to } = rollingYear(ctx.today);
  const blocks: Block[] = [{ kind: 'heading', text: 'Your team on the IPS caseload' }];
  for (const team of teams) {
    const people = await loadCaseload(ctx.tx, { clinicalTeamId: team.id }, ctx.caller.timeZone);
    const f = outcomeFigures(people, from, to);
    blocks.push({
      kind: 'facts',
      facts: [
        { label: 'Team', value: team.name },
        { label: 'Waiting for a first meeting', value: String(people.filter((p) => p.status === 'referred').length) },
        { label: 'On the active caseload', value: String(people.filter((p) => p.status === 'active').length) },
        { label: 'In work today', value: String(people.filter((p) => p.status !== 'closed' && currentJob(p, ctx.today)).length) },
        { label: 'Job starts, last 12 months', value: String(f.firstJobStarts + f.laterJobStarts) },
      ],
    });
  }
  if (teams.length === 0) blocks.push({ kind: 'paragraph', text: 'You are not on a clinical team yet: ask an admin to add you.' });
  blocks.push({
    kind: 'note',
    text: 'Counts only: people are known to their specialist by reference. To refer someone: /refer <initials>',
  });
  return messageReply(blocks);
}
