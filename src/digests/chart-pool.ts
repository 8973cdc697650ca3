// The chart threads: the weekly summaries' charts are drawn off the main
// thread, where a Slack ack or a Teams reply would otherwise wait behind them
// (about 90 ms each), and on another core while the main thread reads the
// next unit. One thread per spare core, at most two, started on the first
// chart; idle threads do not keep the process alive.
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { defaultNativeSetting } from '../config.js';
import { startWorker } from '../worker-thread.js';
import type { ChartPoint } from './chart-drawing.js';

export interface ChartRequest {
  id: number;
  points: readonly ChartPoint[];
  target: number;
  title: string;
}
export type ChartReply = { id: number; png: ArrayBuffer } | { id: number; error: string };

interface Waiting {
  resolve(png: Buffer): void;
  reject(error: Error): void;
}

const size = Math.max(1, Math.min(2, availableParallelism() - 1));
/**
 * A chart's garbage is small and short-lived: V8's default young generation
 * (16 MB semi-spaces) left the thread's heap at 74–80 MB during the digests'
 * build, 8 MB at 45–47 MB, the charts' time unchanged (see embedded-server.ts
 * for the bot's peak memory with both caps).
 */
const youngGenerationMb = 8;
/**
 * resvg's allocator (mimalloc) gives memory it has freed back to the system
 * 10 ms later, and the next chart's pixels (about 2.5 MB) are then faulted in
 * afresh. On our 2-core VMs that cost as much system time as the drawing: the
 * chart thread's CPU for the 50 summaries' charts 4.6 → 2.5 s (PostgreSQL, a
 * tenth of the history). Kept for a second, the memory one chart freed serves
 * the next in a queue and goes back once the queue is done. mimalloc reads
 * the setting from the environment when resvg is loaded: in a chart thread,
 * after this.
 */
const allocatorKeepsFreedMemoryMs = '1000';
const threads: { worker: Worker; waiting: Map<number, Waiting> }[] = [];
let nextId = 1;

function startThread(): (typeof threads)[number] {
  defaultNativeSetting('MIMALLOC_PURGE_DELAY', allocatorKeepsFreedMemoryMs);
  const worker = startWorker(new URL('./chart-worker.js', import.meta.url), {
    resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb },
  });
  const thread = { worker, waiting: new Map<number, Waiting>() };
  const settle = () => {
    if (thread.waiting.size === 0) worker.unref();
  };
  worker.on('message', (reply: ChartReply) => {
    const waiting = thread.waiting.get(reply.id);
    thread.waiting.delete(reply.id);
    if ('png' in reply) waiting?.resolve(Buffer.from(reply.png));
    else waiting?.reject(new Error(`chart: ${reply.error}`));
    settle();
  });
  // A thread that dies fails what it was drawing and is replaced on the next chart.
  // Both 'error' and 'exit' come for one death: only the first removes the thread.
  const fail = (error: Error) => {
    const at = threads.indexOf(thread);
    if (at >= 0) threads.splice(at, 1);
    for (const waiting of thread.waiting.values()) waiting.reject(error);
    thread.waiting.clear();
  };
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`the chart thread ended (exit code ${code})`)));
  worker.unref();
  threads.push(thread);
  return thread;
}

/** The least busy thread, starting another while there are spare cores. */
function pickThread(): (typeof threads)[number] {
  const idle = threads.find((t) => t.waiting.size === 0);
  if (idle) return idle;
  if (threads.length < size) return startThread();
  return threads.reduce((a, b) => (b.waiting.size < a.waiting.size ? b : a));
}

export function contactsChartPng(points: readonly ChartPoint[], target: number, title: string): Promise<Buffer> {
  const thread = pickThread();
  const id = nextId++;
  return new Promise<Buffer>((resolve, reject) => {
    thread.waiting.set(id, { resolve, reject });
    thread.worker.ref();
    thread.worker.postMessage({ id, points, target, title } satisfies ChartRequest);
  });
}
