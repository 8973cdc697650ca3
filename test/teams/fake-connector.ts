// A recording Bot Connector on 127.0.0.1: the real botbuilder client talks to
// it as it would to smba.trafficmanager.net. Failures can be queued to test
// the outbox's retry path.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ConnectorRequest {
  method: string;
  path: string;
  /** Conversation id and activity id from the path, when present. */
  conversationId?: string;
  activityId?: string;
  body: any;
}

export interface FakeConnector {
  url: string;
  requests: ConnectorRequest[];
  /** The next `count` requests fail with `status` (and headers). */
  failNext(status: number, headers?: Record<string, string>, count?: number): void;
  /** Files PUT to /upload/<name> (the upload URL of a file consent), by name. */
  uploads: Map<string, { bytes: Buffer; contentRange: string | undefined }>;
  /** Team members the connector knows, for GET …/members/{id}: Teams id → AAD object id. */
  members: Map<string, string>;
  /** Resolves with the first request (already seen or yet to come) that matches. */
  waitFor(match: (r: ConnectorRequest) => boolean, timeoutMs?: number): Promise<ConnectorRequest>;
  /** Called on every request (benchmarks time replies with it). */
  onRequest?: (r: ConnectorRequest) => void;
  close(): Promise<void>;
}

/** A message activity, not the "typing" indicator Teams AI sends while a command runs. */
export const isMessage = (r: ConnectorRequest) => (r.body as { type?: string } | undefined)?.type === 'message';

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function startFakeConnector(): Promise<FakeConnector> {
  let next = 1;
  const failures: { status: number; headers: Record<string, string> }[] = [];
  const waiters: { match: (r: ConnectorRequest) => boolean; resolve: (r: ConnectorRequest) => void }[] = [];
  const connector: FakeConnector = {
    url: '',
    requests: [],
    members: new Map(),
    uploads: new Map(),
    failNext(status, headers = {}, count = 1) {
      for (let i = 0; i < count; i++) failures.push({ status, headers });
    },
    waitFor(match, timeoutMs = 5_000) {
      const seen = connector.requests.find(match);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const waiter = { match, resolve };
        waiters.push(waiter);
        setTimeout(() => {
          const i = waiters.indexOf(waiter);
          if (i >= 0) {
            waiters.splice(i, 1);
            reject(
              new Error(
                `fake connector: no matching request within ${timeoutMs} ms; saw ${connector.requests.map((r) => `${r.method} ${r.path}`).join(', ')}`,
              ),
            );
          }
        }, timeoutMs).unref();
      });
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };

  const server: Server = createServer((req, res) => void serve(req, res));

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const raw = await readBody(req);
    // The OneDrive upload session a file consent hands out: it keeps what is PUT there.
    if (url.pathname.startsWith('/upload/') && req.method === 'PUT') {
      connector.uploads.set(decodeURIComponent(url.pathname.slice('/upload/'.length)), {
        bytes: raw,
        contentRange: req.headers['content-range'],
      });
      res.writeHead(201, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: 'uploaded' }));
      return;
    }
    const m = /^\/v3\/conversations(?:\/([^/]+)(?:\/(activities|members)(?:\/([^/]+))?)?)?\/?$/.exec(url.pathname);
    const request: ConnectorRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      conversationId: m?.[1] ? decodeURIComponent(m[1]) : undefined,
      activityId: m?.[3] ? decodeURIComponent(m[3]) : undefined,
      body: raw.length ? (JSON.parse(raw.toString('utf8')) as unknown) : undefined,
    };
    const reply = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };
    const failure = failures.shift();
    if (failure) {
      reply(failure.status, { error: { code: 'Fake', message: `fake failure ${failure.status}` } }, failure.headers);
      return;
    }
    connector.requests.push(request);
    connector.onRequest?.(request);
    for (const waiter of [...waiters]) {
      if (waiter.match(request)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(request);
      }
    }
    if (!m) {
      reply(404, { error: { code: 'NotFound', message: url.pathname } });
      return;
    }
    const [, conversationId, kind, id] = m;
    if (!conversationId && request.method === 'POST') {
      reply(201, { id: `a:personal-${next++}` });
      return;
    }
    if (kind === 'members' && id) {
      const memberId = decodeURIComponent(id);
      const aad = connector.members.get(memberId);
      if (aad) reply(200, { id: memberId, name: 'Member', aadObjectId: aad });
      else reply(404, { error: { code: 'MemberNotFound', message: memberId } });
      return;
    }
    if (kind === 'activities' && request.method === 'POST') {
      reply(201, { id: `activity-${next++}` });
      return;
    }
    if (kind === 'activities' && request.method === 'PUT') {
      reply(200, { id });
      return;
    }
    if (kind === 'activities' && request.method === 'DELETE') {
      reply(200, {});
      return;
    }
    reply(404, { error: { code: 'NotFound', message: url.pathname } });
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  connector.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return connector;
}
