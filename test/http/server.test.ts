// The shared HTTP server: request ids, JSON answers for unknown routes and
// failures, and a close that refuses new connections but lets requests in
// flight finish.
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpServer, type HttpServer } from '../../src/http/server.js';
import { createLogger } from '../../src/observability/logger.js';
import { logCapture } from '../support/log-capture.js';

let server: HttpServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(mount: (app: express.Express) => void, logger = createLogger({ level: 'silent' })) {
  server = createHttpServer({ host: '127.0.0.1', port: 0, logger });
  mount(server.app);
  const { address, port } = await server.listen();
  expect(address).toBe('127.0.0.1');
  return `http://127.0.0.1:${port}`;
}

describe('the HTTP server', () => {
  it('gives every request an id, keeping a caller’s that looks like one', async () => {
    const base = await start((app) => app.get('/ping', (_req, res) => res.json({ requestId: res.locals.requestId as string })));
    const own = await fetch(`${base}/ping`, { headers: { 'x-request-id': 'lb-7f3a.1' } });
    expect(own.headers.get('x-request-id')).toBe('lb-7f3a.1');
    expect(await own.json()).toEqual({ requestId: 'lb-7f3a.1' });
    const made = await fetch(`${base}/ping`, { headers: { 'x-request-id': 'no spaces <allowed>' } });
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers unknown routes and failures in JSON, describing only the caller’s own mistakes', async () => {
    const capture = logCapture();
    const base = await start((app) => {
      app.post('/json', express.json(), (_req, res) => res.json({ ok: true }));
      app.get('/boom', () => {
        throw new Error('database password is hunter2');
      });
    }, capture.logger);
    const missing = await fetch(`${base}/nowhere`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: 'Not found' });

    const badJson = await fetch(`${base}/json`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{nope' });
    expect(badJson.status).toBe(400);
    expect(((await badJson.json()) as { error: string }).error).toMatch(/JSON/);

    const boom = await fetch(`${base}/boom`);
    expect(boom.status).toBe(500);
    const body = (await boom.json()) as { error: string; requestId: string };
    expect(body).toEqual({ error: 'Internal error', requestId: boom.headers.get('x-request-id') });
    expect(capture.lines()).toContainEqual(expect.objectContaining({ level: 'error', code: 'HTTP.UNHANDLED', requestId: body.requestId }));
  });

  it('on close, refuses new connections and lets the request in flight finish', async () => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let arrived!: () => void;
    const inFlight = new Promise<void>((resolve) => (arrived = resolve));
    const base = await start((app) =>
      app.get('/slow', async (_req, res) => {
        arrived();
        await released;
        res.json({ finished: true });
      }),
    );
    const slow = fetch(`${base}/slow`);
    await inFlight;
    const closing = server!.close();
    await expect(fetch(`${base}/slow`)).rejects.toThrow();
    release();
    expect(await (await slow).json()).toEqual({ finished: true });
    const started = Date.now();
    await closing;
    // Not the keep-alive timeout (5 s): the connection is ended as soon as its response is sent.
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('cuts connections still busy after the drain time', async () => {
    server = createHttpServer({ host: '127.0.0.1', port: 0, drainMs: 100, logger: createLogger({ level: 'silent' }) });
    server.app.get('/never', () => undefined);
    const { port } = await server.listen();
    const stuck = fetch(`http://127.0.0.1:${port}/never`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await server.close();
    await expect(stuck).rejects.toThrow();
  });
});
