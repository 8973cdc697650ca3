// The embedded database in a worker thread (pglite-worker.ts), reached over a
// unix socket with the PostgreSQL wire protocol. PGlite runs every statement
// synchronously in WebAssembly: on the main thread it blocked the event loop
// for the whole of each query, so Slack acks and Teams replies waited behind
// the database. PGlite's own worker mode needs Web Locks and `navigator`,
// which Node 20 lacks. The socket lives in a private (0700) folder: PGlite
// asks no password, so a TCP port would let any local user in.
//
// Measured on our 2-core machine (busy), 1,000 sequential Prisma inserts and
// then 50 concurrent interactive transactions, PGlite in process → in this
// thread: inserts 1.42 → 1.06 s (the two threads overlap), transactions
// 321 → 215 ms, longest event-loop stall 24.7 → 7.8 ms (p99 24.7 → 5.3 ms).
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWorker } from '../worker-thread.js';

export interface WorkerStart {
  socketPath: string;
  dataDir?: string;
  snapshot?: ArrayBuffer;
}
export type DumpCompression = 'none' | 'gzip' | 'auto';
export type WorkerRequest = { kind: 'dump'; id: number; compression: DumpCompression } | { kind: 'close' };
export type WorkerReply =
  { kind: 'ready' } | { kind: 'dump'; id: number; dump: ArrayBuffer } | { kind: 'failed'; id: number; error: string };

export interface EmbeddedServer {
  /** The folder holding the socket: `host` for a PostgreSQL client. */
  readonly socketDir: string;
  /** A copy of the whole database (PGlite's `dumpDataDir`), for test snapshots. */
  dumpDataDir(compression?: DumpCompression): Promise<Blob>;
  /** Closes the database and ends the thread; clients must have disconnected. */
  close(): Promise<void>;
}

/** A private folder for the server's socket, made before the server starts so that a client can be set up on it meanwhile. */
export function makeSocketDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'ips-pglite-'));
}

/**
 * The thread only passes bytes between the socket and the engine, in small
 * short-lived buffers: V8's default young generation (16 MB semi-spaces) left
 * its heap at 54–56 MB during the digests' build, 8 MB at 32 MB, with the
 * chart thread's cap the bot's peak RSS 442–454 → 406–412 MB (PGlite, 50 units,
 * compiled, three runs each, alternating), the build no slower.
 */
const youngGenerationMb = 8;

/** Starts the server on a socket in `socketDir`, which it removes when it closes or fails to start. */
export async function startEmbeddedServer(source: { dataDir: string } | { snapshot: Blob }, socketDir: string): Promise<EmbeddedServer> {
  const start: WorkerStart = { socketPath: join(socketDir, '.s.PGSQL.5432') };
  if ('dataDir' in source) start.dataDir = source.dataDir;
  else start.snapshot = await source.snapshot.arrayBuffer();
  const worker = startWorker(new URL('./pglite-worker.js', import.meta.url), {
    workerData: start,
    transferList: start.snapshot ? [start.snapshot] : [],
    resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb },
  });
  // Rejects with the thread's error, if it has one: at start, or while closing.
  const exited = once(worker, 'exit').then(() => undefined);
  exited.catch(() => {});
  let running = true;
  worker.once('exit', () => (running = false));

  const dumps = new Map<number, { resolve(dump: ArrayBuffer): void; reject(error: Error): void }>();
  let nextId = 1;
  worker.on('message', (reply: WorkerReply) => {
    if (reply.kind === 'ready') return;
    const waiting = dumps.get(reply.id);
    dumps.delete(reply.id);
    if (reply.kind === 'dump') waiting?.resolve(reply.dump);
    else waiting?.reject(new Error(`embedded database: ${reply.error}`));
  });
  const ended = async () => {
    await exited;
    throw new Error('the embedded database thread ended');
  };
  try {
    await Promise.race([once(worker, 'message'), ended()]);
  } catch (error) {
    await rm(socketDir, { recursive: true, force: true });
    throw error;
  }

  return {
    socketDir,
    async dumpDataDir(compression = 'auto') {
      const id = nextId++;
      const dump = new Promise<ArrayBuffer>((resolve, reject) => dumps.set(id, { resolve, reject }));
      worker.postMessage({ kind: 'dump', id, compression } satisfies WorkerRequest);
      return new Blob([await Promise.race([dump, ended()])]);
    },
    async close() {
      try {
        if (running) worker.postMessage({ kind: 'close' } satisfies WorkerRequest);
        await exited;
      } finally {
        await rm(socketDir, { recursive: true, force: true });
      }
    },
  };
}
