// The embedded database's thread: PGlite, serving the PostgreSQL wire protocol
// on a unix socket, so the main thread talks to it as to any server and its
// event loop never waits on the WebAssembly engine. See embedded-server.ts.
import { inspect } from 'node:util';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import type { WorkerReply, WorkerRequest, WorkerStart } from './embedded-server.js';
import { seedDataDir } from './pglite-template.js';

const start = workerData as WorkerStart;
const port = parentPort!;
const reply = (message: WorkerReply, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

// initdb's shared_buffers (128 MB) is touched at start and stays resident. A
// page missing from them is read from the data folder, which the operating
// system caches anyway: 32 MB took the idle bot from 455 to 355 MB RSS, 16 MB
// took PGlite alone from 184 to 159 MB; the core bench's /contact figures moved
// no more than between two runs of the same code (four runs, alternating).
const startParams = [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'];
// PGlite's file-system errors are plain objects ({ name: 'ErrnoError', errno }): name the folder.
if (start.dataDir && !start.dataDir.includes('://')) await seedDataDir(start.dataDir);
const pglite = await PGlite.create(
  start.snapshot ? { loadDataDir: new Blob([start.snapshot]), startParams } : { dataDir: start.dataDir, startParams },
).catch((error: unknown) => {
  throw new Error(`PGlite could not open ${start.dataDir ?? 'the snapshot'}: ${inspect(error)}`);
});
// The bot's pool holds one connection, but pg drops a connection after any
// failed query outside a transaction and opens a new one at once, while the
// old socket is still closing: with the server's default limit of one, the
// new one was turned away and every later query failed (EPIPE, then P1017).
const server = new PGLiteSocketServer({ db: pglite, path: start.socketPath, maxConnections: 4 });
await server.start();

port.on('message', (request: WorkerRequest) => void answer(request));
reply({ kind: 'ready' });

async function answer(request: WorkerRequest): Promise<void> {
  if (request.kind === 'close') {
    // An error here is unhandled on purpose: it ends the thread with it, and close() rejects with it.
    await server.stop();
    await pglite.close();
    port.close();
    return;
  }
  try {
    const dump = await (await pglite.dumpDataDir(request.compression)).arrayBuffer();
    reply({ kind: 'dump', id: request.id, dump }, [dump]);
  } catch (error) {
    reply({ kind: 'failed', id: request.id, error: error instanceof Error ? error.message : String(error) });
  }
}
