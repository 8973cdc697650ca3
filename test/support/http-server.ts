// The bot's one HTTP server as the tests run it: express on 127.0.0.1, any free port.
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';

export interface TestHttp {
  app: Express;
  port: number;
  url: string;
  close(): Promise<void>;
}

/** An express app to mount routes on; `listen` starts serving it. */
export function testHttp(): { app: Express; listen(): Promise<TestHttp> } {
  const app = express();
  return {
    app,
    async listen() {
      // As the bot's server answers: JSON for a body that does not parse, never an HTML page.
      app.use((error: Error & { status?: number }, _req: Request, res: Response, _next: NextFunction) => {
        const status = error.status && error.status < 500 ? error.status : 500;
        res.status(status).json({ error: status === 500 ? 'Internal error' : error.message });
      });
      const server = createServer(app);
      server.listen(0, '127.0.0.1');
      await once(server, 'listening');
      const { port } = server.address() as AddressInfo;
      return {
        app,
        port,
        url: `http://127.0.0.1:${port}`,
        async close() {
          server.closeAllConnections();
          server.close();
          await once(server, 'close');
        },
      };
    },
  };
}
