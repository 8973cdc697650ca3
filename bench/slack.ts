// npm run bench -- slack: ack latency of our Slack adapter against a bare Bolt
// app whose /contact handler only acks. The same 2,000 signed /contact
// requests go to both, with 1 and with 20 concurrent senders, on the embedded
// database and on PostgreSQL. Target: our p99 ack within 1.5× the bare app's.
// Prints figures; asserts nothing.
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { App, HTTPReceiver, LogLevel } from '@slack/bolt';
import { createSlackAdapter, webClientOptions } from '../adapters/slack/index.js';
import { testHttp } from '../test/support/http-server.js';
import { createCore } from '../src/app.js';
import { systemClock } from '../src/core/clock.js';
import type { Database } from '../src/db/database.js';
import { loadDemoRoster } from '../src/demo/demo-roster.js';
import { startFakeSlack, type FakeSlack } from '../test/slack/fake-slack.js';
import { sign, signingSecret, slashCommand, teamId, type SlackRequest } from '../test/slack/slack-requests.js';
import { onEachDatabase, type DatabaseName } from './_databases.js';
import { round, type BenchFigures } from './stats.js';

const requestsPerRun = 2_000;
const concurrencies = [1, 20];
const slackUserId = 'U0AROHA01';

function post(agent: Agent, port: number, req: SlackRequest): Promise<number> {
  const timestamp = Math.floor(Date.now() / 1000);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const r = request(
      {
        agent,
        host: '127.0.0.1',
        port,
        path: '/slack/events',
        method: 'POST',
        headers: {
          'content-type': req.contentType,
          'content-length': Buffer.byteLength(req.body),
          'x-slack-request-timestamp': String(timestamp),
          'x-slack-signature': sign(req.body, timestamp),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => (res.statusCode === 200 ? resolve(performance.now() - started) : reject(new Error(`HTTP ${res.statusCode}`))));
      },
    );
    r.on('error', reject);
    r.end(req.body);
  });
}

interface Figures {
  rps: number;
  p50: number;
  p99: number;
}

async function run(port: number, requests: SlackRequest[], concurrency: number): Promise<Figures> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests.length) latencies.push(await post(agent, port, requests[next++]!));
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
  return { rps: requests.length / seconds, p50: at(0.5), p99: at(0.99) };
}

function contactRequests(fake: FakeSlack, label: string, count: number): SlackRequest[] {
  return Array.from({ length: count }, (_, i) =>
    slashCommand({
      command: '/contact',
      text: `Bench Employer ${i % 50} phone`,
      userId: slackUserId,
      responseUrl: fake.responseUrl(`${label}-${i}`),
    }),
  );
}

async function waitForResponses(fake: FakeSlack, label: string, count: number): Promise<void> {
  while (fake.calls.filter((c) => c.method.startsWith(`respond/${label}-`)).length < count) await new Promise((r) => setTimeout(r, 20));
}

async function benchOn(name: DatabaseName, database: Database, figures: BenchFigures): Promise<void> {
  await loadDemoRoster(database.db, systemClock.now());
  const aroha = await database.db.staff.findUniqueOrThrow({ where: { handle: 'aroha' } });
  await database.db.staffIdentity.create({ data: { staffId: aroha.id, platform: 'slack', workspace: teamId, externalId: slackUserId } });
  const core = createCore({ database, clock: systemClock });
  const fake = await startFakeSlack();
  const config = { botToken: 'xoxb-bench', signingSecret, apiUrl: fake.apiUrl };
  const server = testHttp();
  const adapter = createSlackAdapter(await core.adapterServices({ http: server.app }), config);
  core.outbox.register(adapter.messenger);
  const ours = await server.listen();
  await adapter.start();

  const bareApp = new App({
    token: config.botToken,
    receiver: new HTTPReceiver({ signingSecret, logLevel: LogLevel.ERROR }),
    clientOptions: webClientOptions(fake.apiUrl),
    logLevel: LogLevel.ERROR,
  });
  bareApp.command('/contact', async ({ ack }) => ack());
  const bareServer = (await bareApp.start(0)) as unknown as { address(): { port: number } };
  const apps = { bare: bareServer.address().port, ours: ours.port };

  // Warm both up (JIT, auth.test, first database pages).
  await run(apps.bare, contactRequests(fake, 'warm-bare', 100), 5);
  await run(apps.ours, contactRequests(fake, 'warm-ours', 100), 5);
  await waitForResponses(fake, 'warm-ours', 100);

  console.log(`${name}: ${requestsPerRun} signed /contact requests per run (ours writes a contact per request, after the ack)`);
  console.log('app   senders   req/s    p50 ms   p99 ms');
  const ratios: string[] = [];
  for (const concurrency of concurrencies) {
    const measured: Partial<Record<keyof typeof apps, Figures>> = {};
    for (const app of ['bare', 'ours'] as const) {
      const label = `${app}-${concurrency}`;
      const requests = contactRequests(fake, label, requestsPerRun);
      const started = performance.now();
      const f = await run(apps[app], requests, concurrency);
      // Our work after the ack must finish before the next run measures anything.
      if (app === 'ours') {
        await waitForResponses(fake, label, requestsPerRun);
        figures[`commandsPerSecond${concurrency}${name}`] = round(requestsPerRun / ((performance.now() - started) / 1000), 0);
      }
      measured[app] = f;
      console.log(
        `${app.padEnd(5)} ${String(concurrency).padStart(7)} ${f.rps.toFixed(0).padStart(7)} ${f.p50.toFixed(2).padStart(9)} ${f.p99.toFixed(2).padStart(8)}`,
      );
    }
    const ratio = measured.ours!.p99 / measured.bare!.p99;
    figures[`p99Ratio${concurrency}${name}`] = round(ratio);
    figures[`ackRps${concurrency}${name}`] = round(measured.ours!.rps, 0);
    figures[`bareAckRps${concurrency}${name}`] = round(measured.bare!.rps, 0);
    ratios.push(`${concurrency} sender(s): our p99 is ${ratio.toFixed(2)}× bare Bolt's (target ≤ 1.5×)`);
  }
  for (const line of ratios) console.log(line);
  console.log('(commands per second: from the first request until the last response_url answer arrived)');
  const written = await database.db.employerContact.count({ where: { specialistId: aroha.id } });
  console.log(`contacts written by our app: ${written} (expected ${100 + requestsPerRun * concurrencies.length})`);

  await adapter.stop();
  await ours.close();
  await bareApp.stop();
  await fake.close();
  await core.outbox.stop();
}

export default async function main(): Promise<BenchFigures> {
  const figures: BenchFigures = { bench: 'slack' };
  await onEachDatabase((name, database) => benchOn(name, database, figures));
  return figures;
}
