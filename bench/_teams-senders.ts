// The Teams bench's senders and its Bot Connector, in a thread of their own as
// Teams is in a place of its own (as the Slack bench's are, _slack-senders.ts):
// on the bench's main thread, a reply that had long reached the connector was
// timed only when that thread, busy with our app's commands, got round to
// reading it. Each activity is timed from its POST to /api/messages until the
// reply to it reaches the connector; both apps are measured from here alike.
import { Agent } from 'node:http';
import { once } from 'node:events';
import { parentPort } from 'node:worker_threads';
import { startWorker } from '../src/worker-thread.js';
import { message, type TeamsAccount } from '../test/teams/activities.js';
import { startFakeConnector } from '../test/teams/fake-connector.js';
import { postLocal } from './_post-local.js';
import { timeEach } from './stats.js';

export interface TeamsRun {
  port: number;
  count: number;
  concurrency: number;
  /** The senders, in turn: the i-th activity comes from as[i % as.length]. */
  as: TeamsAccount[];
  /** The messages, sent in turn: the i-th activity says texts[i % texts.length]. */
  texts: string[];
}
export interface TeamsRunFigures {
  /** Milliseconds from posting each activity until its reply reached the connector, sorted. */
  latencies: number[];
  seconds: number;
}

type Answer = { figures: TeamsRunFigures } | { error: string };

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

  async function send({ port: appPort, count, concurrency, as, texts }: TeamsRun): Promise<TeamsRunFigures> {
    const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
    const figures = await timeEach(count, concurrency, async (i) => {
      const activity = message({ serviceUrl: connector.url, as: as[i % as.length]! }, texts[i % texts.length]!);
      const replied = new Promise<void>((resolve) => waiting.set(activity.id, resolve));
      await postLocal(agent, appPort, '/api/messages', { 'content-type': 'application/json' }, JSON.stringify(activity));
      await replied;
      waiting.delete(activity.id);
    });
    agent.destroy();
    return figures;
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
