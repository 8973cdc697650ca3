// /client interview: a job interview. The first one since programme entry is
// a milestone (celebrated by celebrations/milestones.ts, consent-aware), and
// interviews are among the agenda's successes and on the person's timeline.
import { z } from 'zod';
import { DomainError } from '../../core/domain-error.js';
import type { CommandReply } from '../../core/invocation.js';
import { describeDate, fromDbDate, toDbDate } from '../../core/local-date.js';
import { messageReply } from '../../core/reply.js';
import { interviewExample } from '../../grammar/client-contact-grammar.js';
import { findClientForCaller } from '../../services/caseload.js';
import { findOrCreateEmployer } from '../../services/employers.js';
import type { CommandContext, InputEnv } from '../command.js';
import { clientRef, date, employerName, notes } from '../input-fields.js';

export function interviewInput(env: InputEnv) {
  return z.object({
    clientRef: clientRef(),
    employer: employerName(),
    on: date(env, 'the interview date', 'past', 'past').default(env.today),
    notes: notes(1000).optional(),
  });
}
type InterviewInput = z.output<ReturnType<typeof interviewInput>>;

export async function interview(ctx: CommandContext, cmd: InterviewInput): Promise<CommandReply> {
  const { tx, caller, today } = ctx;
  const client = await findClientForCaller(tx, caller, cmd.clientRef, interviewExample);
  const row = await tx.client.findUniqueOrThrow({ where: { id: client.id } });
  if (row.status !== 'active' || !row.programmeEntryOn)
    throw new DomainError(
      'CLIENT.NOT_ACTIVE',
      row.status === 'closed'
        ? `${row.ref}'s case is closed: reopen it first with /client reopen ${row.ref}.`
        : `${row.ref} has no first meeting logged yet: log it first with /client met ${row.ref} f2f.`,
      interviewExample,
    );
  if (caller.organisationId === null) throw new DomainError('ROSTER.NO_UNIT', 'You are not in an IPS team yet: ask an admin.');
  const employer = await findOrCreateEmployer(tx, caller.organisationId, cmd.employer);
  const entry = fromDbDate(row.programmeEntryOn);
  const earlier = await tx.interview.count({
    where: { clientId: row.id, interviewOn: { gte: row.programmeEntryOn, lte: toDbDate(cmd.on) } },
  });
  const saved = await tx.interview.create({
    data: { clientId: row.id, employerId: employer.id, interviewOn: toDbDate(cmd.on), notes: cmd.notes ?? null, createdAt: ctx.now },
  });
  await ctx.audit('interview.create', 'Interview', saved.id, { clientId: row.id, employerId: employer.id, interviewOn: cmd.on });
  const first = cmd.on >= entry && earlier === 0;
  return messageReply([
    { kind: 'paragraph', text: `Interview logged: ${row.ref} with ${employer.name}, ${describeDate(cmd.on, today)}.` },
    ...(first
      ? [
          {
            kind: 'note' as const,
            text: row.celebrationsOptOut
              ? 'Their first interview since joining (no celebration: they asked for none).'
              : `Their first interview since joining: the clinical team hears of it ${row.consentToBeNamed ? 'by first name' : 'without a name'}.`,
          },
        ]
      : []),
  ]);
}
