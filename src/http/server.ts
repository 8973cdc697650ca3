// The bot's one HTTP server. Slack's events, Teams' /api/messages and the
// health, readiness and metrics routes are all mounted on this express app,
// so a deployment has one port to publish and one server to drain.
//
// Routes are mounted between `createHttpServer` and `listen`; `listen` adds
// the JSON answers for unknown routes and unexpected errors after them, as
// express needs its error handler last. No body parser is mounted here: each
// route brings its own (Slack checks signatures over the raw body).
//
// When a platform asks for early answers, the public port belongs to the
// front door's thread (front-door.ts) and this server listens behind it.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getPriority, setPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import express, { type NextFunction, type Request, type Response } from 'express';
import { errorFields } from '../core/error-fields.js';
import type { Logger } from '../core/logger.js';
import type { HttpMount } from '../core/platform-adapter.js';
import { logger as processLogger } from '../observability/logger.js';
import { openFrontDoor, type EarlyRoute, type FrontDoor } from './front-door.js';

export interface HttpServerOptions {
  host: string;
  /** 0: any free port. */
  port: number;
  logger?: Logger;
  /** How long `close()` lets requests in flight finish before cutting their connections. */
  drainMs?: number;
  /**
   * Once a front door opens, lower this thread's CPU priority below the
   * door's (see `yieldToOtherThreads`). The composition root asks for it;
   * tests do not, so that a test file's thread is not starved beside others.
   */
  yieldToDoor?: boolean;
}

export interface HttpServer extends HttpMount {
  /** Starts listening; resolves with the address once bound. */
  listen(): Promise<AddressInfo>;
  /** Stops taking connections, lets requests in flight finish (at most `drainMs`), and resolves when all are closed. */
  close(): Promise<void>;
}

/** A caller's request id is kept when it looks like one (a proxy's or a load balancer's); otherwise a new one is made. */
const requestIdPattern = /^[\w.:-]{1,128}$/;

export function createHttpServer(options: HttpServerOptions): HttpServer {
  const logger = options.logger ?? processLogger;
  const drainMs = options.drainMs ?? 8_000;
  const app = express();
  app.disable('x-powered-by');
  app.use((req: Request, res: Response, next: NextFunction) => {
    const given = req.get('x-request-id');
    const requestId = given && requestIdPattern.test(given) ? given : randomUUID();
    res.locals.requestId = requestId;
    res.set('x-request-id', requestId);
    next();
  });

  const server: Server = createServer(app);
  let listening: Promise<AddressInfo> | undefined;
  const routes: EarlyRoute[] = [];
  let door: { frontDoor: FrontDoor; socketDir: string } | undefined;

  /** Binds the server: on the port, or behind the front door when early answers were asked for. */
  async function bind(): Promise<AddressInfo> {
    if (routes.length === 0) return listenOn(server, (s) => s.listen(options.port, options.host));
    const socketDir = await mkdtemp(join(tmpdir(), 'ips-http-'));
    const upstreamSocket = join(socketDir, 'server.sock');
    try {
      await listenOn(server, (s) => s.listen(upstreamSocket));
      const frontDoor = await openFrontDoor({ host: options.host, port: options.port, upstreamSocket, routes, drainMs, logger });
      door = { frontDoor, socketDir };
      if (options.yieldToDoor) yieldToOtherThreads(logger);
      return frontDoor.address;
    } catch (error) {
      if (server.listening) await new Promise((resolve) => server.close(resolve));
      await rm(socketDir, { recursive: true, force: true });
      throw error;
    }
  }

  return {
    app,
    answerEarly(rule, receive) {
      if (listening) throw new Error('early answers are asked for before the server listens');
      routes.push({ rule, receive });
    },
    listen() {
      listening ??= new Promise<AddressInfo>((resolve, reject) => {
        app.use((_req: Request, res: Response) => {
          res.status(404).json({ error: 'Not found' });
        });
        app.use((error: Error & { status?: number; statusCode?: number }, _req: Request, res: Response, next: NextFunction) => {
          if (res.headersSent) {
            next(error);
            return;
          }
          const status = error.status ?? error.statusCode ?? 500;
          const requestId = String(res.locals.requestId);
          if (status >= 500) logger.error({ code: 'HTTP.UNHANDLED', requestId, ...errorFields(error, true) }, 'request failed');
          // A client's mistake (bad JSON, too large) is said; our own failures are not described.
          res.status(status).json({ error: status >= 500 ? 'Internal error' : error.message, requestId });
        });
        bind().then((address) => {
          logger.info({ event: 'http.listening', host: address.address, port: address.port }, 'HTTP server listening');
          resolve(address);
        }, reject);
      });
      return listening;
    },
    async close() {
      if (door) {
        // The door first: what it answered early reaches this server before this server stops.
        await door.frontDoor.close();
        await rm(door.socketDir, { recursive: true, force: true });
        door = undefined;
      }
      if (!server.listening) return;
      const closed = new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
      // close() stops accepting and ends the idle keep-alive connections. A
      // busy one turns idle when its response is sent, and would then wait
      // out the keep-alive timeout: end those as they turn idle. Whatever is
      // still open after the drain time is cut, so no client holds the stop.
      const idle = setInterval(() => server.closeIdleConnections(), 50);
      const cut = setTimeout(() => server.closeAllConnections(), drainMs);
      try {
        await closed;
      } finally {
        clearInterval(idle);
        clearTimeout(cut);
      }
    },
  };
}

/**
 * This thread (commands, schedules) gives way on the CPU to the door's and the
 * embedded database's, already started: an ack then waits for neither. Linux
 * keeps a niceness per thread, so this lowers this thread alone (elsewhere it
 * lowers the process, which changes nothing between its threads). Slack
 * bench, 2,000 /contact at 1 and 20 senders on PostgreSQL, same machine and
 * hour: door's p99 ack 5.9 → 5.0 ms and 54.7 → 37.1 ms.
 */
function yieldToOtherThreads(logger: Logger): void {
  try {
    setPriority(0, Math.max(getPriority(0), commandThreadNiceness));
  } catch (error) {
    logger.warn({ code: 'HTTP.PRIORITY', detail: (error as Error).message }, 'could not lower the command thread’s priority');
  }
}
const commandThreadNiceness = 10;

function listenOn(server: Server, listen: (server: Server) => void): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.once('listening', () => {
      server.off('error', reject);
      resolve(server.address() as AddressInfo);
    });
    listen(server);
  });
}
