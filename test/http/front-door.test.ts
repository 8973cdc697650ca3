// The front door (src/http/front-door.ts) with Slack's rule: a signed slash
// command or button press is answered at the door and handed, whole and once,
// to the receiver that asked; everything else reaches the server behind the
// door, whose answer comes back as it gave it.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Request, Response } from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import type { HandedOnRequest } from '../../src/http/early-answer.js';
import { openFrontDoor } from '../../src/http/front-door.js';
import { createHttpServer, type HttpServer } from '../../src/http/server.js';
import { createLogger } from '../../src/observability/logger.js';
import { logCapture } from '../support/log-capture.js';
import { event, interaction, sendSigned, signingSecret, slashCommand } from '../slack/slack-requests.js';

let server: HttpServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const slackRule = {
  path: '/slack/events',
  module: new URL('../../adapters/slack/early-ack.js', import.meta.url),
  options: { signingSecret },
};

/** A server behind the door whose /slack/events answers 418 with what it read. */
async function start() {
  server = createHttpServer({ host: '127.0.0.1', port: 0, logger: createLogger({ level: 'silent' }), drainMs: 1_000 });
  const handedOn: HandedOnRequest[] = [];
  const reachedServer: string[] = [];
  server.app.post('/slack/events', (req: Request, res: Response) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      reachedServer.push(Buffer.concat(chunks).toString());
      res
        .status(418)
        .type('text')
        .send(`server read ${req.get('content-length')} bytes`);
    });
  });
  server.app.get('/stream', (_req, res) => {
    res.set('x-custom', 'kept').type('text');
    res.write('first ');
    setTimeout(() => res.end('second'), 20);
  });
  server.answerEarly(slackRule, (request) => handedOn.push(request));
  const { port, address } = await server.listen();
  expect(address).toBe('127.0.0.1');
  return { port, handedOn, reachedServer };
}

const until = async (ready: () => boolean) => {
  for (let i = 0; i < 200 && !ready(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(ready()).toBe(true);
};

const command = () =>
  slashCommand({ command: '/contact', text: 'Harbour Cafe f2f', userId: 'U0AROHA01', responseUrl: 'http://127.0.0.1:9/r' });

describe('the front door, with Slack’s rule', () => {
  it('answers a signed slash command with an empty 200 and hands it on whole, once, past the server', async () => {
    const { port, handedOn, reachedServer } = await start();
    const request = command();
    expect(await sendSigned(port, request, { headers: { 'x-slack-retry-num': '1' } })).toEqual({ status: 200, text: '' });
    await until(() => handedOn.length === 1);
    expect(handedOn[0]!.body).toBe(request.body);
    expect(handedOn[0]!.headers['x-slack-retry-num']).toBe('1');
    expect(handedOn[0]!.headers['x-slack-signature']).toMatch(/^v0=[0-9a-f]{64}$/);
    await new Promise((r) => setTimeout(r, 50));
    expect(handedOn).toHaveLength(1);
    expect(reachedServer).toEqual([]);
  });

  it('answers a button press at the door, but leaves a form’s submission, events and bad signatures to the server', async () => {
    const { port, handedOn, reachedServer } = await start();
    expect(await sendSigned(port, interaction({ type: 'block_actions', actions: [] }))).toEqual({ status: 200, text: '' });
    const left = [
      interaction({ type: 'view_submission', view: {} }),
      event({ type: 'app_home_opened', user: 'U0AROHA01', tab: 'home' }),
      command(),
      command(),
      command(),
    ];
    const answers = await Promise.all([
      sendSigned(port, left[0]!),
      sendSigned(port, left[1]!),
      sendSigned(port, left[2]!, { signature: `v0=${'0'.repeat(64)}` }),
      sendSigned(port, left[3]!, { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 }),
      sendSigned(port, left[4]!, { signature: null }),
    ]);
    // The server's own answer, each one, over the very bytes sent.
    expect(answers).toEqual(left.map((r) => ({ status: 418, text: `server read ${Buffer.byteLength(r.body)} bytes` })));
    expect([...reachedServer].sort()).toEqual(left.map((r) => r.body).sort());
    expect(handedOn).toHaveLength(1);
  });

  it('passes other requests through as the server answers them, streamed, with its headers', async () => {
    const { port } = await start();
    const res = await fetch(`http://127.0.0.1:${port}/stream`, { headers: { 'x-request-id': 'lb-1' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-custom')).toBe('kept');
    expect(res.headers.get('x-request-id')).toBe('lb-1');
    expect(await res.text()).toBe('first second');
    const missing = await fetch(`http://127.0.0.1:${port}/nowhere`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: 'Not found' });
  });

  it('refuses a body over 4 MB (Bolt’s limit) at the door, handing nothing on', async () => {
    const { port, handedOn, reachedServer } = await start();
    const big = { body: `command=%2Fcontact&text=${'x'.repeat(4 * 1024 * 1024)}`, contentType: 'application/x-www-form-urlencoded' };
    const answer = await sendSigned(port, big).catch(() => ({ status: 0, text: 'connection cut' }));
    // The door answers 413 and closes; a client still writing may see the connection cut instead.
    expect([413, 0]).toContain(answer.status);
    await new Promise((r) => setTimeout(r, 50));
    expect(handedOn).toEqual([]);
    expect(reachedServer).toEqual([]);
  });

  it('answers 502 when the server behind it cannot be reached, and says so in the log', async () => {
    const capture = logCapture();
    const door = await openFrontDoor({
      host: '127.0.0.1',
      port: 0,
      upstreamSocket: join(tmpdir(), `ips-no-server-${process.pid}.sock`),
      routes: [],
      drainMs: 1_000,
      logger: capture.logger,
    });
    try {
      const res = await fetch(`http://127.0.0.1:${door.address.port}/readyz`);
      expect(res.status).toBe(502);
      expect(await res.json()).toEqual({ error: 'Bad gateway' });
      await until(() => capture.lines().length > 0);
      expect(capture.lines()).toEqual([expect.objectContaining({ level: 'error', code: 'HTTP.FRONT_DOOR.UPSTREAM', path: '/readyz' })]);
    } finally {
      await door.close();
    }
  });

  it('fails to open, saying why, when a rule’s module cannot be loaded', async () => {
    const missing = { path: '/slack/events', module: new URL('file:///nonexistent/early-rule.js'), options: {} };
    const opening = openFrontDoor({
      host: '127.0.0.1',
      port: 0,
      upstreamSocket: join(tmpdir(), `ips-no-server-${process.pid}.sock`),
      routes: [{ rule: missing, receive: () => {} }],
      drainMs: 1_000,
      logger: createLogger({ level: 'silent' }),
    });
    await expect(opening).rejects.toThrow(/early-rule/);
  });

  it('says in the log when its thread ends while the bot still needs it', async () => {
    const capture = logCapture();
    const faulty = { path: '/slack/events', module: new URL('./fixtures/thread-fault-rule.js', import.meta.url), options: {} };
    const door = await openFrontDoor({
      host: '127.0.0.1',
      port: 0,
      upstreamSocket: join(tmpdir(), `ips-no-server-${process.pid}.sock`),
      routes: [{ rule: faulty, receive: () => {} }],
      drainMs: 1_000,
      logger: capture.logger,
    });
    await until(() => capture.lines().length > 0);
    expect(capture.lines()).toEqual([expect.objectContaining({ level: 'error', code: 'HTTP.FRONT_DOOR.ENDED', detail: 'Error' })]);
    // Closing a door whose thread has gone says how it went, and adds no second line.
    await expect(door.close()).rejects.toThrow(/fault in the front door thread/);
    expect(capture.lines()).toHaveLength(1);
  });
});
