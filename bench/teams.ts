// npm run bench -- teams: latency from POSTing a `contact` activity to
// /api/messages until its reply reaches the (fake) Bot Connector, for our
// Teams adapter (full core, demo roster) and for a bare Teams AI app that only
// replies "ok". 2,000 activities per run go to each, in turn for three rounds
// (figures are medians), with 1 and with 20 concurrent senders, on the
// embedded database and on PostgreSQL, from a senders' thread that also hosts
// the connector (_teams-senders.ts). Target: our p99 within 1.5× the bare
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
import { tenant } from '../test/teams/activities.js';
import { addBenchSpecialists, linkBenchSpecialists } from './_bench-specialists.js';
import { onEachDatabase, type DatabaseName } from './_databases.js';
import { startTeamsSenders, type TeamsRun } from './_teams-senders.js';
import { medianOfRounds, round, roundFigures, roundsHeader, type BenchFigures, type RoundFigures } from './stats.js';

const activitiesPerRun = 2_000;
const warmUp = 500;
const concurrencies = [1, 20];
const rounds = 3;
// Fifty employers, as in the Slack bench: contacts with one employer are
// written one at a time (its row lock numbers the cups of tea), and twenty
// people do not visit the same employer in the same second. The senders are
// the bench's 200 specialists in turn (_bench-specialists.ts).
const texts = Array.from({ length: 50 }, (_, i) => `contact Bench Employer ${i} f2f`);

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
  const specialists = await addBenchSpecialists(database.db);
  const aad = (handle: string) => `aad-${handle}`;
  const accounts = specialists.map(({ handle }) => ({ name: handle, aad: aad(handle), teamsId: `29:${handle}` }));
  await linkBenchSpecialists(database.db, specialists, { platform: 'teams', workspace: tenant, externalId: aad });
  const core = createCore({ database, clock: systemClock });
  const server = testHttp();
  const adapter = createTeamsAdapter(await core.adapterServices({ http: server }), { appType: 'MultiTenant' });
  core.outbox.register(adapter.messenger);
  const ours = await server.listen();
  await adapter.start();
  const bare = await startBareApp();
  const senders = await startTeamsSenders();
  const apps = { bare: bare.port, ours: ours.port };
  const send = async (app: keyof typeof apps, count: number, concurrency: number): Promise<RoundFigures> => {
    const run: TeamsRun = { port: apps[app], count, concurrency, as: accounts, texts };
    const { latencies, seconds } = await senders.run(run);
    return roundFigures(latencies, seconds);
  };

  try {
    await send('bare', warmUp, 5);
    await send('ours', warmUp, 5);
    console.log(`${name}: ${activitiesPerRun} \`contact\` activities per run, ${rounds} rounds, bare and ours in turn`);
    console.log(roundsHeader('replies/s'));
    const ratios: string[] = [];
    for (const concurrency of concurrencies) {
      const measured: Record<keyof typeof apps, RoundFigures[]> = { bare: [], ours: [] };
      for (let r = 0; r < rounds; r++) {
        for (const app of ['bare', 'ours'] as const) measured[app].push(await send(app, activitiesPerRun, concurrency));
      }
      const med = medianOfRounds(concurrency, measured);
      const ratio = med.ours.p99 / med.bare.p99;
      Object.assign(results, {
        [`p99Ratio${concurrency}${name}`]: round(ratio),
        [`rps${concurrency}${name}`]: round(med.ours.rps, 0),
        [`bareRps${concurrency}${name}`]: round(med.bare.rps, 0),
      });
      ratios.push(
        `${concurrency} sender(s): our p99 is ${ratio.toFixed(2)}× the bare app's (target ≤ 1.5×); p50 ${(med.ours.p50 / med.bare.p50).toFixed(2)}×`,
      );
    }
    for (const line of ratios) console.log(line);
    console.log(`(contacts logged: ${await database.db.employerContact.count()})`);
  } finally {
    await senders.stop();
    await adapter.stop();
    await ours.close();
    await bare.stop();
    await core.outbox.stop();
  }
}

export default async function run(): Promise<BenchFigures> {
  const results: BenchFigures = { bench: 'teams' };
  await onEachDatabase((name, database) => benchOn(name, database, results));
  return results;
}
