// npm run bench -- teams: latency from POSTing a `contact` activity to
// /api/messages until its reply reaches the (fake) Bot Connector, for our
// Teams adapter (full core, embedded database with the demo roster) and for a
// bare Teams AI app that only replies "ok". Same run, same fake connector,
// 2,000 activities each with 1 and with 20 concurrent senders, on the
// embedded database and on PostgreSQL. Target: our p99 within 1.5× the bare
// app's, and our throughput rising with the senders. Prints figures; asserts nothing.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { Application, TeamsAdapter } from '@microsoft/teams-ai';
import { createTeamsAdapter } from '../adapters/teams/index.js';
import { testHttp } from '../test/support/http-server.js';
import { createCore } from '../src/app.js';
import { systemClock } from '../src/core/clock.js';
import type { Database } from '../src/db/database.js';
import { loadDemoRoster } from '../src/demo/demo-roster.js';
import { linkTeamsUsers, message } from '../test/teams/activities.js';
import { startFakeConnector } from '../test/teams/fake-connector.js';
import { onEachDatabase, type DatabaseName } from './_databases.js';
import { measure, printFigures, round, type BenchFigures, type Figures } from './stats.js';

const activitiesPerRun = 2_000;
const warmUp = 100;
const concurrencies = [1, 20];

async function startBareApp(): Promise<{ port: number; stop(): Promise<void> }> {
  const adapter = new TeamsAdapter({});
  const app = new Application({ removeRecipientMention: true, startTypingTimer: false, longRunningMessages: false });
  app.activity('message', async (context) => {
    await context.sendActivity('ok');
  });
  const web = express();
  web.use(express.json());
  web.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, async (context) => {
      await app.run(context);
    });
  });
  const server: Server = await new Promise((resolve) => {
    const s = web.listen(0, () => resolve(s));
  });
  return {
    port: (server.address() as AddressInfo).port,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function benchOn(name: DatabaseName, database: Database, results: BenchFigures): Promise<void> {
  await loadDemoRoster(database.db, systemClock.now());
  await linkTeamsUsers(database.db, ['aroha']);
  const core = createCore({ database, clock: systemClock });
  const connector = await startFakeConnector();
  const server = testHttp();
  const adapter = createTeamsAdapter(await core.adapterServices({ http: server }), { appType: 'MultiTenant' });
  core.outbox.register(adapter.messenger);
  const ours = await server.listen();
  await adapter.start();
  const bare = await startBareApp();

  // A reply is a POST to …/activities/{id of the activity it answers}.
  const waiting = new Map<string, () => void>();
  connector.onRequest = (r) => {
    if (r.activityId) waiting.get(r.activityId)?.();
  };
  const send = async (port: number) => {
    const activity = message({ serviceUrl: connector.url, as: 'aroha' }, "contact Perry's Garden Centre f2f");
    const replied = new Promise<void>((resolve) => waiting.set(activity.id, resolve));
    const res = await fetch(`http://127.0.0.1:${port}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
    await replied;
    waiting.delete(activity.id);
  };

  try {
    const rows: Figures[] = [];
    for (const concurrency of concurrencies) {
      const figures: Record<'ours' | 'bare', Figures> = {} as never;
      for (const [app, port] of [
        ['bare', bare.port],
        ['ours', ours.port],
      ] as const) {
        await measure('warm-up', warmUp, concurrency, () => send(port));
        connector.requests.length = 0;
        figures[app] = await measure(
          `${name}: ${app === 'ours' ? 'IPS bot' : 'bare Teams AI app'}, contact, ${concurrency} sender(s)`,
          activitiesPerRun,
          concurrency,
          () => send(port),
        );
        rows.push(figures[app]);
      }
      const ratio = figures.ours.p99 / figures.bare.p99;
      const rps = (f: Figures) => round(f.count / f.seconds, 0);
      Object.assign(results, {
        [`p99Ratio${concurrency}${name}`]: round(ratio),
        [`rps${concurrency}${name}`]: rps(figures.ours),
        [`bareRps${concurrency}${name}`]: rps(figures.bare),
      });
      console.log(
        `${name}, ${concurrency} sender(s): our p99 is ${ratio.toFixed(2)}× the bare app's (target ≤ 1.5×); p50 ${(figures.ours.p50 / figures.bare.p50).toFixed(2)}×.`,
      );
    }
    printFigures(rows);
    console.log(`(contacts logged: ${await database.db.employerContact.count()})`);
  } finally {
    await adapter.stop();
    await ours.close();
    await bare.stop();
    await connector.close();
    await core.outbox.stop();
  }
}

export default async function run(): Promise<BenchFigures> {
  const results: BenchFigures = { bench: 'teams' };
  await onEachDatabase((name, database) => benchOn(name, database, results));
  return results;
}
