// Runs the core's commands one at a time, and only when Slack's requests are
// not waiting for their acks. A command's transaction on the embedded
// database (PGlite) resolves on the microtask queue, so while it runs the
// event loop reads no sockets: started in the middle of a burst, it would
// hold every ack behind it. Slack wants acks within 3 seconds; the work after
// an ack (answered on response_url, valid for 30 minutes) can wait a little.
// Only the core's work is queued; answering Slack is not.
import type { Server } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { performance } from 'node:perf_hooks';

export type CommandQueue = <T>(work: () => Promise<T>) => Promise<T>;

export interface QueueOptions {
  /** True while Slack requests are being read or acked. */
  busy: () => boolean;
  /** How long Slack's requests must have been quiet before a command starts. */
  quietMs: number;
  /** The longest a command waits for quiet; then it runs anyway, so a steady stream cannot starve it. */
  maxDeferMs: number;
}

export function createCommandQueue(options: QueueOptions): CommandQueue {
  async function whenQuiet(): Promise<void> {
    const until = performance.now() + options.maxDeferMs;
    await new Promise<void>((resolve) => setImmediate(resolve));
    while (options.busy() && performance.now() < until) await sleep(options.quietMs);
  }

  let tail: Promise<unknown> = Promise.resolve();
  return (work) => {
    const run = tail.then(whenQuiet).then(work);
    tail = run.catch(() => undefined);
    return run;
  };
}

/** Counts a server's requests in flight, and remembers when the last one came, for `busy`. */
export function requestActivity(quietMs: number) {
  let inFlight = 0;
  let lastArrival = -Infinity;
  return {
    track(server: Server) {
      server.on('request', (_req, res) => {
        inFlight++;
        lastArrival = performance.now();
        res.once('close', () => inFlight--);
      });
    },
    busy: () => inFlight > 0 || performance.now() - lastArrival < quietMs,
  };
}
