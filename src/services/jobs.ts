// Job starts and ends on a person's record.
import type { Tx } from '../db/tx.js';
import type { JobKind } from '../generated/prisma/enums.js';
import { toDbDate, type LocalDate } from '../core/local-date.js';

export interface NewJob {
  clientId: number;
  employerId: number;
  specialistId: number;
  role: string;
  jobType: string;
  startOn: LocalDate;
  hours?: number;
  pay?: string;
  kind: JobKind;
  minimumWage?: boolean;
  /** Held at programme entry: a retention case, never a job start. */
  retention: boolean;
  quiet: boolean;
  /** When the specialist logged it: item 22's "within 1 week before the start" needs it. */
  loggedAt: Date;
}

export async function createJob(tx: Tx, job: NewJob) {
  return tx.job.create({
    data: {
      clientId: job.clientId,
      employerId: job.employerId,
      specialistId: job.specialistId,
      role: job.role,
      jobType: job.jobType,
      startOn: toDbDate(job.startOn),
      hoursPerWeek: job.hours ?? null,
      pay: job.pay ?? null,
      kind: job.kind,
      minimumWage: job.minimumWage ?? null,
      retention: job.retention,
      quiet: job.quiet,
      loggedAt: job.loggedAt,
      createdAt: job.loggedAt,
    },
  });
}

/** The person's most recent job that has not ended. */
export async function openJobOf(tx: Tx, clientId: number) {
  return tx.job.findFirst({
    where: { clientId, endOn: null },
    orderBy: [{ startOn: 'desc' }, { id: 'desc' }],
    include: { employer: { select: { name: true } } },
  });
}

/** The person's most recent job, ended or not: the one /jobstart update changes. */
export async function latestJobOf(tx: Tx, clientId: number) {
  return tx.job.findFirst({
    where: { clientId },
    orderBy: [{ startOn: 'desc' }, { id: 'desc' }],
    include: { employer: { select: { name: true } } },
  });
}
