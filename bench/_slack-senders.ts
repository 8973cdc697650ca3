// The Slack bench's senders, in a thread of their own as Slack is in a place
// of its own: measured on the bench's main thread, an ack that had long been
// sent was timed only when that thread, busy with our app's commands, got
// round to reading it. Both apps are measured from here alike.
import { Agent } from 'node:http';
import { once } from 'node:events';
import { parentPort } from 'node:worker_threads';
import { startWorker } from '../src/worker-thread.js';
import { postLocal } from './_post-local.js';
import { timeEach } from './stats.js';
import { sign, type SlackRequest } from '../test/slack/slack-requests.js';

export interface SendRun {
  port: number;
  requests: SlackRequest[];
  concurrency: number;
}
export interface SendFigures {
  /** Milliseconds from sending each request until its answer (the ack) ended, sorted. */
  latencies: number[];
  seconds: number;
}

function post(agent: Agent, port: number, req: SlackRequest): Promise<void> {
  const timestamp = Math.floor(Date.now() / 1000);
  const headers = {
    'content-type': req.contentType,
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': sign(req.body, timestamp),
  };
  return postLocal(agent, port, '/slack/events', headers, req.body);
}

async function send({ port, requests, concurrency }: SendRun): Promise<SendFigures> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const figures = await timeEach(requests.length, concurrency, (i) => post(agent, port, requests[i]!));
  agent.destroy();
  return figures;
}

if (parentPort) {
  const port = parentPort;
  port.on('message', (run: SendRun) => {
    send(run).then(
      (figures) => port.postMessage({ figures }),
      (error: unknown) => port.postMessage({ error: String(error) }),
    );
  });
}

/** The senders' thread: each run sends its requests and resolves with the latencies. */
export function startSenders(): { send(run: SendRun): Promise<SendFigures>; stop(): Promise<void> } {
  const worker = startWorker(new URL('./_slack-senders.js', import.meta.url));
  return {
    async send(run) {
      worker.postMessage(run);
      const [answer] = (await once(worker, 'message')) as [{ figures?: SendFigures; error?: string }];
      if (!answer.figures) throw new Error(`senders: ${answer.error}`);
      return answer.figures;
    },
    async stop() {
      await worker.terminate();
    },
  };
}
