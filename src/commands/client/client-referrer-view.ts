// What a clinician sees of a person they referred: the stage of their IPS
// journey and the date of their last contact with the specialist, nothing
// more (no employers, jobs, notes or timeline).
import { describeDate } from '../../core/local-date.js';
import type { LocalDate } from '../../core/local-date.js';
import type { CommandReply } from '../../core/invocation.js';
import { messageReply } from '../../core/reply.js';
import { loadCaseload, type SnapshotPerson } from '../../services/caseload-snapshot.js';
import { currentJob, lastServiceOn } from '../../services/caseload-flags.js';
import type { CommandContext } from '../command.js';

export type Stage = 'referred' | 'met' | 'looking' | 'working' | 'closed';

/** Referred (not met yet), met (on the caseload), looking (employer contacts made for them), working, closed. */
export function stageOf(person: SnapshotPerson, today: LocalDate): Stage {
  if (person.status === 'closed') return 'closed';
  if (person.status === 'referred') return 'referred';
  if (currentJob(person, today)) return 'working';
  return person.contacts.length > 0 || person.jobs.length > 0 ? 'looking' : 'met';
}

const stageText: Record<Stage, string> = {
  referred: 'referred, waiting for a first meeting',
  met: 'met the specialist, on the caseload',
  looking: 'looking for work with the specialist',
  working: 'working',
  closed: 'case closed',
};

export async function referrerView(ctx: CommandContext, clientId: number): Promise<CommandReply> {
  const [person] = await loadCaseload(ctx.tx, { id: clientId }, ctx.caller.timeZone);
  const last = lastServiceOn(person!, ctx.today);
  await ctx.audit('client.show', 'Client', clientId, { view: 'referrer', rows: 1 });
  return messageReply([
    { kind: 'heading', text: `${person!.ref}: ${stageText[stageOf(person!, ctx.today)]}` },
    { kind: 'facts', facts: [{ label: 'Last contact with the specialist', value: last ? describeDate(last, ctx.today) : 'none yet' }] },
    { kind: 'note', text: 'As the referrer you see the stage and the last contact; the specialist holds the rest.' },
  ]);
}
