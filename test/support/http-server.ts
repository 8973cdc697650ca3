// The bot's one HTTP server as the tests run it: the real server module on
// 127.0.0.1, any free port, logging nothing.
import type { Express } from 'express';
import type { HttpMount } from '../../src/core/platform-adapter.js';
import { silentLogger } from '../../src/core/logger.js';
import { createHttpServer } from '../../src/http/server.js';

export interface TestHttp {
  app: Express;
  port: number;
  url: string;
  close(): Promise<void>;
}

/** An express app to mount routes on; `listen` starts serving it. */
export function testHttp(): HttpMount & { listen(): Promise<TestHttp> } {
  const server = createHttpServer({ host: '127.0.0.1', port: 0, logger: silentLogger, drainMs: 1_000 });
  return {
    app: server.app,
    answerEarly: (rule, receive) => server.answerEarly(rule, receive),
    async listen() {
      const { port } = await server.listen();
      return { app: server.app, port, url: `http://127.0.0.1:${port}`, close: () => server.close() };
    },
  };
}
