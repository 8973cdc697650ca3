// Posts one celebration, once: the Celebration row's unique key is the claim,
// taken in the same transaction as the outbox rows, so a redelivered event, a
// second bot process or a re-run schedule never posts it twice.
import { instantAt, isoWeekOf, localDateOf, type LocalDate } from '../core/local-date.js';
import type { Tx } from '../db/tx.js';
import type { OutboundMessage } from '../outbox/outbox.js';
import { teamChannels, unitChannels } from './channels.js';
import type { CelebrationFacts, CelebrationKind, Workplace } from './celebration-text.js';
import { celebrationRender } from './celebration-spec.js';
import { nextPostingTime, workingMorning } from './posting-time.js';

export interface CelebrationRequest {
  /** "start:<jobId>", "weeks4:<jobId>", "interview:<clientId>" */
  key: string;
  kind: CelebrationKind;
  clientId: number;
  jobId?: number;
  /** The employer of an interview (a job brings its own). */
  employerId?: number | null;
  /** The day it happened: a job starting next week is celebrated on its first morning. */
  on: LocalDate;
}

export type Enqueue = (message: OutboundMessage) => Promise<void>;

export function celebrationKey(kind: CelebrationKind, id: number): string {
  return `${kind}:${id}`;
}

/** The rows a celebration is drawn from, as the database holds them (the person's ref included). */
export interface CelebrationSource {
  kind: CelebrationKind;
  client: { ref: string; firstName: string | null; consentToBeNamed: boolean };
  team: { name: string };
  job?: { role: string; jobType: string } | null;
  employer?: { name: string; businessType: string | null } | null;
  specialist?: { displayName: string } | null;
}

/**
 * What a celebration may say: the first name and the employer's name only with
 * recorded consent to be named. Without it, in a team of any size, the post
 * never pairs the employer's name with the job (the small-team rule in the
 * README): the kind of business is said instead. The reference never leaves here.
 */
export function celebrationFacts(source: CelebrationSource): CelebrationFacts {
  const { client, team, employer } = source;
  const firstName = client.consentToBeNamed ? client.firstName?.trim() : undefined;
  const workplace: Workplace | undefined = employer
    ? { businessType: employer.businessType, ...(firstName ? { employerName: employer.name } : {}) }
    : undefined;
  return {
    kind: source.kind,
    subject: firstName ? { named: true, firstName } : { named: false, teamName: team.name },
    job: source.job ? { role: source.job.role, jobType: source.job.jobType } : undefined,
    workplace,
    specialistName: source.specialist?.displayName,
  };
}

/** Returns false when nothing was posted: opted out, held back, or already celebrated. */
export async function celebrate(tx: Tx, request: CelebrationRequest, now: Date, enqueue: Enqueue): Promise<boolean> {
  const client = await tx.client.findUnique({
    where: { id: request.clientId },
    include: { clinicalTeam: { include: { unit: true } }, specialist: true },
  });
  if (!client || client.celebrationsOptOut) return false;
  const job =
    request.jobId === undefined
      ? undefined
      : await tx.job.findUnique({ where: { id: request.jobId }, include: { employer: true, specialist: true } });
  if (job === null || job?.quiet) return false;
  const employerId = job?.employerId ?? request.employerId;

  const claimed = await tx.celebration.createMany({
    data: [{ key: request.key, clientId: client.id, jobId: job?.id ?? null, createdAt: now, outboxKeys: [] }],
    skipDuplicates: true,
  });
  if (claimed.count === 0) return false;

  const team = client.clinicalTeam;
  // Typed facts, drawn up into words when sent (send-time.ts), from the consent recorded then.
  const render = celebrationRender({
    key: request.key,
    celebration: request.kind,
    clientId: client.id,
    jobId: job?.id ?? null,
    employerId: employerId ?? null,
    variant: job?.id ?? client.id,
  });

  const timeZone = team.unit.timeZone;
  const notBefore = nextPostingTime(new Date(Math.max(now.getTime(), instantAt(request.on, workingMorning, timeZone).getTime())), timeZone);
  // The week's thread is the week the post appears in, not the week it was logged.
  const thread = `celebrations:${isoWeekOf(localDateOf(notBefore, timeZone)).label}`;
  const channels = [
    ...(await teamChannels(tx, team.id)).map((c) => ({ ...c, threaded: team.threadCelebrations })),
    ...(await unitChannels(tx, team.unitId)).map((c) => ({ ...c, threaded: false })),
  ];
  const outboxKeys: string[] = [];
  for (const channel of channels) {
    const dedupeKey = `celebration:${request.key}:${channel.bindingId}`;
    await enqueue({
      dedupeKey,
      to: channel.threaded
        ? { kind: 'thread', conversation: channel.conversation, thread }
        : { kind: 'conversation', conversation: channel.conversation },
      render,
      notBefore,
    });
    outboxKeys.push(dedupeKey);
  }
  await tx.celebration.update({ where: { key: request.key }, data: { outboxKeys } });
  return true;
}
