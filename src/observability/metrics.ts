// The bot's Prometheus metrics, served at GET /metrics. The objects live here
// so that whoever does the work records it: the command router, the outbox
// dispatcher, the scheduler. Label values come from short fixed lists (a
// declared command's name, an outcome), never from what people typed.
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

export const registry = new Registry();
collectDefaultMetrics({ register: registry });

/**
 * ok: the command ran; refused: a domain error answered the caller (bad input,
 * not allowed); duplicate: a redelivery answered from the stored reply;
 * error: an unexpected failure.
 */
export type CommandOutcome = 'ok' | 'refused' | 'duplicate' | 'error';

const commands = new Counter({
  name: 'ips_commands_total',
  help: 'Commands handled, by command (a declared name, or "unknown") and outcome.',
  labelNames: ['command', 'outcome'] as const,
  registers: [registry],
});

const commandSeconds = new Histogram({
  name: 'ips_command_duration_seconds',
  help: 'Time from a command reaching the router to its reply, by command.',
  labelNames: ['command'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [registry],
});

/** For the router: one call per command handled. */
export function recordCommand(command: string, outcome: CommandOutcome, seconds: number): void {
  commands.inc({ command, outcome });
  commandSeconds.observe({ command }, seconds);
}

export const outboxDepth = new Gauge({
  name: 'ips_outbox_depth',
  help: 'Outbox messages not sent yet (due now, waiting out a retry, or held for later).',
  registers: [registry],
});

export const outboxOldestDueAge = new Gauge({
  name: 'ips_outbox_oldest_due_age_seconds',
  help: 'How long the oldest message that could be sent now has been waiting; 0 when none is due.',
  registers: [registry],
});

/** sent, retry (a failed attempt that will be tried again), failed (given up). */
export const outboxDeliveries = new Counter({
  name: 'ips_outbox_deliveries_total',
  help: 'Outbox delivery attempts by outcome: sent, retry, failed.',
  labelNames: ['outcome'] as const,
  registers: [registry],
});

export const scheduledPosts = new Counter({
  name: 'ips_scheduled_posts_total',
  help: 'Scheduled posts claimed by this process (agenda, summary, reminders, nudge, …), by kind.',
  labelNames: ['kind'] as const,
  registers: [registry],
});

export const scheduledJobFailures = new Counter({
  name: 'ips_scheduled_job_failures_total',
  help: 'Scheduler passes in which a job failed (it is tried again on the next tick), by job.',
  labelNames: ['job'] as const,
  registers: [registry],
});

export const retentionDeleted = new Counter({
  name: 'ips_retention_deleted_total',
  help: 'Rows deleted by the retention job, by what they were.',
  labelNames: ['table'] as const,
  registers: [registry],
});
