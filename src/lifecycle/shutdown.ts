// Stopping cleanly on SIGTERM (an orchestrator, `docker stop`) or SIGINT
// (Ctrl-C). The composition root lists the steps in order (stop taking
// requests, finish the commands in flight, stop the scheduler and the outbox,
// close the database) and this module runs them within a deadline: an
// orchestrator kills the process soon after SIGTERM anyway (Docker after
// 10 s), and an exit we choose beats a kill in the middle of a write.
import { errorFields } from '../core/error-fields.js';
import type { Logger } from '../core/logger.js';
import { logger as processLogger } from '../observability/logger.js';

export interface ShutdownStep {
  name: string;
  run(): Promise<void>;
}

export interface ShutdownOptions {
  /** The whole shutdown must end within this; default 10 s. */
  deadlineMs?: number;
  logger?: Logger;
}

/**
 * Runs the steps one after another. A step that fails is logged and the next
 * one still runs (the database is closed even when a platform would not
 * stop). Resolves true when every step finished cleanly in time; false when
 * one failed, or at the deadline, without waiting for the step still running.
 */
export async function runShutdown(steps: readonly ShutdownStep[], options: ShutdownOptions = {}): Promise<boolean> {
  const logger = options.logger ?? processLogger;
  const deadline = Date.now() + (options.deadlineMs ?? 10_000);
  let clean = true;
  for (const step of steps) {
    const started = Date.now();
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), Math.max(0, deadline - started));
    });
    try {
      const outcome = await Promise.race([step.run().then(() => 'done' as const), timedOut]);
      if (outcome === 'timeout') {
        logger.error({ code: 'SHUTDOWN.TIMEOUT', step: step.name }, 'shutdown deadline passed');
        return false;
      }
      logger.debug({ event: 'shutdown.step', step: step.name, ms: Date.now() - started }, 'stopped');
    } catch (error) {
      clean = false;
      logger.error({ code: 'SHUTDOWN.STEP_FAILED', step: step.name, ...errorFields(error, true) }, 'shutdown step failed');
    } finally {
      clearTimeout(timer);
    }
  }
  return clean;
}

export interface SignalOptions extends ShutdownOptions {
  /** Where the signals come from; the process by default. */
  source?: Pick<NodeJS.EventEmitter, 'on' | 'off'>;
  exit?: (code: number) => void;
}

/**
 * On the first SIGTERM or SIGINT, runs the steps and exits 0 (clean) or 1.
 * A second signal while stopping exits 1 at once. Returns a function that
 * removes the handlers (for a process that stops by itself, like the terminal).
 */
export function exitOnStopSignals(steps: readonly ShutdownStep[], options: SignalOptions = {}): () => void {
  const logger = options.logger ?? processLogger;
  const source = options.source ?? process;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const signals = ['SIGTERM', 'SIGINT'] as const;
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ event: 'shutdown.forced', signal }, 'second signal: exiting now');
      exit(1);
      return;
    }
    stopping = true;
    logger.info({ event: 'shutdown', signal }, 'stopping');
    void runShutdown(steps, options).then((clean) => {
      logger.info({ event: 'shutdown.done', clean }, 'stopped');
      exit(clean ? 0 : 1);
    });
  };
  for (const signal of signals) source.on(signal, onSignal);
  return () => {
    for (const signal of signals) source.off(signal, onSignal);
  };
}
