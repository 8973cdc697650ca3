// A job start, logged by /jobstart, is celebrated in the person's clinical
// team channel (and the unit's), in the transaction that logged it.
import { fromDbDate } from '../core/local-date.js';
import type { EventSubscriber } from '../core/events.js';
import { celebrate, celebrationKey } from './celebrate.js';

export const celebrateJobStarts: EventSubscriber = async (event, ctx) => {
  if (event.type !== 'job.started' || event.quiet) return;
  const job = await ctx.tx.job.findUnique({ where: { id: event.jobId }, select: { startOn: true } });
  if (!job) return;
  await celebrate(
    ctx.tx,
    { key: celebrationKey('start', event.jobId), kind: 'start', clientId: event.clientId, jobId: event.jobId, on: fromDbDate(job.startOn) },
    ctx.now,
    (message) => ctx.enqueue(message),
  );
};
