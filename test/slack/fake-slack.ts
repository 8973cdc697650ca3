// A recording fake of Slack's Web API (and of response_url and file upload
// URLs) on 127.0.0.1: the real Bolt app and WebClient talk to it over HTTP.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedCall {
  /** "chat.postMessage", "respond/<id>", "upload/<file id>" */
  method: string;
  body: Record<string, unknown>;
  /** The request body as it arrived. */
  raw: Buffer;
  /** The bytes of an uploaded file (a multipart upload's file part). */
  file?: Buffer;
  headers: IncomingMessage['headers'];
}

export interface FakeAnswer {
  status?: number;
  headers?: Record<string, string>;
  body: unknown;
}

type Answer = (call: RecordedCall) => FakeAnswer | undefined;

export interface FakeSlack {
  /** The Web API base, for clientOptions.slackApiUrl. */
  apiUrl: string;
  /** A response_url that records what is posted to it. */
  responseUrl(id: string): string;
  calls: RecordedCall[];
  callsTo(method: string): RecordedCall[];
  /** Resolves with the `count`-th call to `method` (1-based), waiting for it if need be. */
  waitFor(method: string, count?: number, timeoutMs?: number): Promise<RecordedCall>;
  /** Answers calls to `method` with this instead of the default, while it returns something. */
  answer(method: string, answer: Answer): void;
  /** What apps.connections.open hands out (Socket Mode). */
  socketUrl?: string;
  close(): Promise<void>;
}

const jsonFields = new Set(['blocks', 'view', 'attachments', 'files', 'file_uploads']);

function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes('application/json')) return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  if (contentType?.includes('application/x-www-form-urlencoded')) {
    const out: Record<string, unknown> = {};
    for (const [key, value] of new URLSearchParams(raw)) out[key] = jsonFields.has(key) ? JSON.parse(value) : value;
    return out;
  }
  return { bytes: Buffer.byteLength(raw) };
}

/** The file part of a multipart upload: the bytes between its headers and the closing boundary. */
function uploadedFile(raw: Buffer, contentType: string | undefined): { file?: Buffer } {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType ?? '');
  if (!contentType?.startsWith('multipart/form-data') || !boundary) return {};
  const marker = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const partStart = raw.indexOf(marker);
  const bodyStart = raw.indexOf('\r\n\r\n', partStart) + 4;
  const bodyEnd = raw.indexOf(Buffer.concat([Buffer.from('\r\n'), marker]), bodyStart);
  return partStart < 0 || bodyEnd < 0 ? {} : { file: raw.subarray(bodyStart, bodyEnd) };
}

/** `port`: a fixed port (a test that brings Slack back where the bot expects it); any free one by default. */
export async function startFakeSlack(port = 0): Promise<FakeSlack> {
  const calls: RecordedCall[] = [];
  const counts = new Map<string, number>();
  const answers = new Map<string, Answer>();
  const waiters: { method: string; count: number; resolve: (call: RecordedCall) => void }[] = [];
  let ts = 1_700_000_000;
  let base = '';

  const defaults: Record<string, (call: RecordedCall) => unknown> = {
    'auth.test': () => ({ ok: true, user_id: 'UBOT0001', bot_id: 'BBOT0001', team_id: 'T0HARBOUR' }),
    'chat.postMessage': (c) => ({ ok: true, channel: String(c.body.channel).replace(/^U/, 'D'), ts: `${ts++}.000100` }),
    'chat.postEphemeral': () => ({ ok: true, message_ts: `${ts++}.000200` }),
    'chat.update': (c) => ({ ok: true, channel: c.body.channel, ts: c.body.ts }),
    'chat.delete': (c) => ({ ok: true, channel: c.body.channel, ts: c.body.ts }),
    'views.open': () => ({ ok: true, view: { id: `V${ts++}` } }),
    'views.publish': () => ({ ok: true, view: { id: `V${ts++}` } }),
    'files.getUploadURLExternal': (c) => ({ ok: true, upload_url: `${base}upload/F${String(c.body.filename)}`, file_id: `F${ts++}` }),
    'files.completeUploadExternal': (c) => ({ ok: true, files: c.body.files }),
    'apps.connections.open': () => ({ ok: true, url: fake.socketUrl }),
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = new URL(req.url ?? '/', 'http://x').pathname.replace(/^\//, '');
      const method = path.startsWith('api/') ? path.slice(4) : path;
      const raw = Buffer.concat(chunks);
      const call: RecordedCall = {
        method,
        raw,
        ...uploadedFile(raw, req.headers['content-type']),
        body: parseBody(raw.toString('utf8'), req.headers['content-type']),
        headers: req.headers,
      };
      calls.push(call);
      const made = (counts.get(method) ?? 0) + 1;
      counts.set(method, made);
      const answer = answers.get(method)?.(call) ?? { body: defaults[method]?.(call) ?? { ok: true } };
      res.writeHead(answer.status ?? 200, { 'content-type': 'application/json', ...answer.headers });
      res.end(JSON.stringify(answer.body));
      for (const w of waiters.filter((w) => w.method === method && w.count === made)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(call);
      }
    });
  });
  // Longer than any pause between a test's requests on a loaded machine: a client never reuses a connection the fake just closed.
  server.keepAliveTimeout = 120_000;
  server.listen(port, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

  const fake: FakeSlack = {
    apiUrl: `${base}api/`,
    responseUrl: (id) => `${base}respond/${id}`,
    calls,
    callsTo: (method) => calls.filter((c) => c.method === method),
    waitFor(method, count = 1, timeoutMs = 5_000) {
      const made = calls.filter((c) => c.method === method);
      if (made.length >= count) return Promise.resolve(made[count - 1]!);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no call ${count} to ${method}; calls: ${calls.map((c) => c.method).join(', ')}`)),
          timeoutMs,
        );
        waiters.push({
          method,
          count,
          resolve: (call) => {
            clearTimeout(timer);
            resolve(call);
          },
        });
      });
    },
    answer(method, answer) {
      answers.set(method, answer);
    },
    async close() {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
  return fake;
}
