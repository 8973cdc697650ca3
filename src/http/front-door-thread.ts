// The front door's thread (see front-door.ts): it owns the public port,
// answers at once what a rule says may be answered at once and hands that
// request to the bot's thread as a message, and passes every other request
// through to the bot's server and its answer back. It runs no command, so an answer given here
// never waits for one.
import { Agent, createServer, request, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parentPort, workerData } from 'node:worker_threads';
import type { EarlyJudge, EarlyJudgeFactory } from './early-answer.js';
import type { DoorReply, DoorStart } from './front-door.js';

const start = workerData as DoorStart;
const port = parentPort!;
const say = (message: DoorReply) => port.postMessage(message);

// From sources (tsx, Vitest) a rule's module is its TypeScript file.
const fromSource = import.meta.url.endsWith('.ts');
const judges = new Map<string, { rule: number; judge: EarlyJudge }>(
  await Promise.all(
    start.rules.map(async (rule, index) => {
      const href = fromSource ? rule.module.replace(/\.js$/, '.ts') : rule.module;
      const { default: factory } = (await import(href)) as { default: EarlyJudgeFactory };
      return [rule.path, { rule: index, judge: factory(rule.options as never) }] as const;
    }),
  ),
);

// Connections to the server, kept open and reused; bounded, since a server
// whose thread is busy accepts slowly and its socket's backlog fills (EAGAIN).
const upstream = new Agent({ keepAlive: true, maxSockets: 64 });
/** Headers about one hop's connection, which a proxy neither forwards nor returns. */
const hopByHop = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'te', 'trailer', 'upgrade']);
const endToEnd = (headers: IncomingHttpHeaders) => Object.fromEntries(Object.entries(headers).filter(([name]) => !hopByHop.has(name)));

/** Requests passed through and not yet answered by the server: closing waits for them. */
const inFlight = new Set<Promise<void>>();
function track(work: Promise<void>): void {
  inFlight.add(work);
  void work.finally(() => inFlight.delete(work));
}

function toServer(req: IncomingMessage, onAnswer: (answer: IncomingMessage) => void, onError: (error: Error) => void) {
  const out = request(
    { socketPath: start.upstreamSocket, agent: upstream, method: req.method, path: req.url, headers: endToEnd(req.headers) },
    onAnswer,
  );
  out.on('error', onError);
  return out;
}

/** The server's answer, back to the caller; a 502 when the server could not be reached. */
function passThrough(req: IncomingMessage, res: ServerResponse, body?: Buffer): void {
  track(
    new Promise<void>((done) => {
      const out = toServer(
        req,
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, endToEnd(answer.headers));
          answer.pipe(res);
          answer.on('end', done);
          answer.on('error', done);
        },
        (error) => {
          say({ kind: 'unreachable', detail: error.message, path: req.url ?? '' });
          if (!res.headersSent) res.writeHead(502, { 'content-type': 'application/json' }).end('{"error":"Bad gateway"}');
          else res.destroy();
          done();
        },
      );
      res.on('close', () => {
        if (!res.writableFinished) out.destroy();
      });
      if (body) out.end(body);
      else req.pipe(out);
    }),
  );
}

function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > start.maxBodyBytes) {
        resolve(undefined);
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

async function judged(req: IncomingMessage, res: ServerResponse, { rule, judge }: { rule: number; judge: EarlyJudge }): Promise<void> {
  const body = await readBody(req);
  if (!body) {
    res.writeHead(413, { 'content-type': 'application/json', connection: 'close' }).end('{"error":"Request too large"}');
    return;
  }
  const answer = judge({ headers: req.headers, body, arrivedAt: Math.floor(Date.now() / 1000) });
  if (!answer) {
    passThrough(req, res, body);
    return;
  }
  res.writeHead(answer.status, { 'content-length': 0 }).end();
  say({ kind: 'handOn', rule, request: { headers: req.headers, body: body.toString('utf8') } });
}

const server = createServer((req, res) => {
  const judge = req.method === 'POST' ? judges.get((req.url ?? '').split('?')[0]!) : undefined;
  if (!judge) {
    passThrough(req, res);
    return;
  }
  judged(req, res, judge).catch(() => res.destroy());
});

// The one request the bot's thread makes of this one (DoorRequest).
port.once('message', () => void close());

async function close(): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  // As the bot's own server does: end connections as they turn idle, cut what is left after the drain time.
  const idle = setInterval(() => server.closeIdleConnections(), 50);
  const cut = setTimeout(() => server.closeAllConnections(), start.drainMs);
  await closed;
  clearInterval(idle);
  clearTimeout(cut);
  await Promise.all(inFlight);
  upstream.destroy();
  port.close();
}

server.once('error', (error) => say({ kind: 'failed', error: error.message }));
server.listen(start.port, start.host, () => {
  const address = server.address() as AddressInfo;
  say({ kind: 'listening', address: { address: address.address, family: address.family, port: address.port } });
});
