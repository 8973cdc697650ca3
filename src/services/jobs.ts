// Job starts and ends on a person's record.
import type { Tx } from '../db/tx.js';
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
  competitive: boolean;
  permanent: boolean;
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
      competitive: job.competitive,
      permanent: job.permanent,
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
