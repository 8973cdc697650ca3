// The bot's one HTTP server. Slack's events, Teams' /api/messages and the
// health, readiness and metrics routes are all mounted on this express app,
// so a deployment has one port to publish and one server to drain.
//
// Routes are mounted between `createHttpServer` and `listen`; `listen` adds
// the JSON answers for unknown routes and unexpected errors after them, as
// express needs its error handler last. No body parser is mounted here: each
// route brings its own (Slack checks signatures over the raw body).
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { errorFields } from '../core/error-fields.js';
import type { Logger } from '../core/logger.js';
import { logger as processLogger } from '../observability/logger.js';

export interface HttpServerOptions {
  host: string;
  /** 0: any free port. */
  port: number;
  logger?: Logger;
  /** How long `close()` lets requests in flight finish before cutting their connections. */
  drainMs?: number;
}

export interface HttpServer {
  readonly app: Express;
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

  return {
    app,
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
        server.once('error', reject);
        server.listen(options.port, options.host, () => {
          server.off('error', reject);
          const address = server.address() as AddressInfo;
          logger.info({ event: 'http.listening', host: address.address, port: address.port }, 'HTTP server listening');
          resolve(address);
        });
      });
      return listening;
    },
    async close() {
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
