// The Teams bench's senders and its Bot Connector, in a thread of their own as
// Teams is in a place of its own (as the Slack bench's are, _slack-senders.ts):
// on the bench's main thread, a reply that had long reached the connector was
// timed only when that thread, busy with our app's commands, got round to
// reading it. Each activity is timed from its POST to /api/messages until the
// reply to it reaches the connector; both apps are measured from here alike.
import { Agent, request } from 'node:http';
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import { parentPort } from 'node:worker_threads';
import { startWorker } from '../src/worker-thread.js';
import { message, type UserName } from '../test/teams/activities.js';
import { startFakeConnector } from '../test/teams/fake-connector.js';

export interface TeamsRun {
  port: number;
  count: number;
  concurrency: number;
  as: UserName;
  text: string;
}
export interface TeamsRunFigures {
  /** Milliseconds from posting each activity until its reply reached the connector, sorted. */
  latencies: number[];
  seconds: number;
}

type Answer = { figures: TeamsRunFigures } | { error: string };

function post(agent: Agent, port: number, body: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const r = request(
      {
        agent,
        host: '127.0.0.1',
        port,
        path: '/api/messages',
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        res.on('end', () => (res.statusCode === 200 ? resolve() : reject(new Error(`HTTP ${res.statusCode}`))));
      },
    );
    r.on('error', reject);
    r.end(body);
  });
}

async function serve(): Promise<void> {
  const port = parentPort!;
  const connector = await startFakeConnector();
  // A reply is a POST to …/activities/{id of the activity it answers}.
  const waiting = new Map<string, () => void>();
  connector.onRequest = (r) => {
    if (r.activityId) waiting.get(r.activityId)?.();
    // Nothing here reads them back: a long run would otherwise keep every request.
    connector.requests.length = 0;
  };

  async function send({ port: appPort, count, concurrency, as, text }: TeamsRun): Promise<TeamsRunFigures> {
    const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
    const latencies: number[] = [];
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next++ < count) {
          const activity = message({ serviceUrl: connector.url, as }, text);
          const replied = new Promise<void>((resolve) => waiting.set(activity.id, resolve));
          const t = performance.now();
          await post(agent, appPort, JSON.stringify(activity));
          await replied;
          latencies.push(performance.now() - t);
          waiting.delete(activity.id);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    agent.destroy();
    return { latencies: latencies.sort((a, b) => a - b), seconds };
  }

  port.on('message', (run: TeamsRun) => {
    send(run).then(
      (figures) => port.postMessage({ figures } satisfies Answer),
      (error: unknown) => port.postMessage({ error: String(error) } satisfies Answer),
    );
  });
  port.postMessage('ready');
}

if (parentPort) await serve();

/** The senders' thread, with the connector both apps reply to. */
export async function startTeamsSenders(): Promise<{ run(run: TeamsRun): Promise<TeamsRunFigures>; stop(): Promise<void> }> {
  const worker = startWorker(new URL('./_teams-senders.js', import.meta.url));
  await once(worker, 'message');
  return {
    async run(run) {
      worker.postMessage(run);
      const [answer] = (await once(worker, 'message')) as [Answer];
      if ('error' in answer) throw new Error(`Teams senders: ${answer.error}`);
      return answer.figures;
    },
    async stop() {
      await worker.terminate();
    },
  };
}
