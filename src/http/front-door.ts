// The bot's front door: a thread of its own that owns the public port when a
// platform has asked for early answers (early-answer.ts), so that those
// answers never wait behind the commands this thread runs. Everything else
// passes through it to the bot's server, which then listens on a unix socket
// in a private (0700) folder rather than on a port.
//
// Measured with `npm run bench -- slack` (2-core machine): see the README's
// performance section for the ack figures with and without it.
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../core/logger.js';
import { startWorker } from '../worker-thread.js';
import type { EarlyAnswerRule, HandedOnReceiver, HandedOnRequest } from './early-answer.js';

export interface DoorStart {
  host: string;
  port: number;
  /** The bot's server, as a unix socket path. */
  upstreamSocket: string;
  rules: { path: string; module: string; options: unknown }[];
  maxBodyBytes: number;
  drainMs: number;
}
export type DoorRequest = { kind: 'close' };
export type DoorReply =
  | { kind: 'listening'; address: AddressInfo }
  | { kind: 'failed'; error: string }
  /** A request answered at the door, for the receiver of the rule at this index. */
  | { kind: 'handOn'; rule: number; request: HandedOnRequest }
  /** The bot's server could not be reached for a request passed through (answered 502). */
  | { kind: 'unreachable'; detail: string; path: string };

/** A rule, and who runs what the door answers by it. */
export interface EarlyRoute {
  rule: EarlyAnswerRule;
  receive: HandedOnReceiver;
}

export interface FrontDoor {
  readonly address: AddressInfo;
  /** Stops taking connections, lets requests in flight be answered, then ends the thread. */
  close(): Promise<void>;
}

/** Bolt's limit on a request's body. */
const maxBodyBytes = 4 * 1024 * 1024;

export async function openFrontDoor(options: {
  host: string;
  port: number;
  upstreamSocket: string;
  routes: readonly EarlyRoute[];
  drainMs: number;
  logger: Logger;
}): Promise<FrontDoor> {
  const start: DoorStart = {
    host: options.host,
    port: options.port,
    upstreamSocket: options.upstreamSocket,
    rules: options.routes.map(({ rule }) => ({ path: rule.path, module: rule.module.href, options: rule.options })),
    maxBodyBytes,
    drainMs: options.drainMs,
  };
  const worker = startWorker(new URL('./front-door-thread.js', import.meta.url), { workerData: start });
  const exited = once(worker, 'exit').then(() => undefined);
  exited.catch(() => {});
  const listening = new Promise<AddressInfo>((resolve, reject) => {
    worker.on('message', (reply: DoorReply) => {
      if (reply.kind === 'listening') resolve(reply.address);
      else if (reply.kind === 'handOn') options.routes[reply.rule]!.receive(reply.request);
      else if (reply.kind === 'failed')
        reject(new Error(`the front door could not listen on ${options.host}:${options.port}: ${reply.error}`));
      else
        options.logger.error(
          { code: 'HTTP.FRONT_DOOR.UPSTREAM', path: reply.path, detail: reply.detail },
          'front door: a request could not be passed to the server',
        );
    });
    void exited.then(() => reject(new Error('the front door thread ended')), reject);
  });
  let address: AddressInfo;
  try {
    address = await listening;
  } catch (error) {
    await worker.terminate();
    throw error;
  }
  // Without its door the bot takes no request at all: said at once, for whoever watches the logs.
  let closing = false;
  const ended = (detail: string) => {
    if (!closing)
      options.logger.error({ code: 'HTTP.FRONT_DOOR.ENDED', detail }, 'front door: its thread ended; no request reaches the bot');
  };
  void exited.then(
    () => ended('exit'),
    (error: unknown) => ended(error instanceof Error ? error.name : 'error'),
  );
  return {
    address,
    async close() {
      closing = true;
      worker.postMessage({ kind: 'close' } satisfies DoorRequest);
      await exited;
    },
  };
}
