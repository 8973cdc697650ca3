// The real core and the real Teams adapter, as most Teams tests need them:
// the demo roster with Teams accounts, the fake connector the replies go to,
// the endpoint on the bot's HTTP server, and a way to post an activity to it.
import { startTestBot, type TestBot } from '../support/test-bot.js';
import { linkTeamsUsers, type Where } from './activities.js';
import { startFakeConnector, type FakeConnector } from './fake-connector.js';
import { startTeamsEndpoint, type TeamsEndpoint } from './teams-harness.js';

export interface TeamsWorld {
  bot: TestBot;
  connector: FakeConnector;
  teams: TeamsEndpoint;
  /** Where an activity comes from: a roster member, in their personal chat unless `inChannel`. */
  at(as: Where['as'], extra?: Partial<Where>): Where;
  /** POSTs an activity (or raw text) to /api/messages; the status and the JSON answer. */
  post(activity: unknown, headers?: Record<string, string>): Promise<{ status: number; body: unknown }>;
  close(): Promise<void>;
}

export async function startTeamsWorld(serve: { publicUrl?: string } = {}): Promise<TeamsWorld> {
  const bot = await startTestBot();
  await linkTeamsUsers(bot.database.db);
  const connector = await startFakeConnector();
  const teams = await startTeamsEndpoint(bot, { appType: 'MultiTenant' }, serve);
  return {
    bot,
    connector,
    teams,
    at: (as, extra = {}) => ({ serviceUrl: connector.url, as, ...extra }),
    async post(activity, headers = {}) {
      const res = await fetch(`http://127.0.0.1:${teams.port}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof activity === 'string' ? activity : JSON.stringify(activity),
      });
      const text = await res.text();
      return { status: res.status, body: text ? (JSON.parse(text) as unknown) : undefined };
    },
    async close() {
      await teams.stop();
      await connector.close();
      await bot.close();
    },
  };
}
