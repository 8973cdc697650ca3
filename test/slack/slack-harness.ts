// The real core (test database, demo roster) with the real Slack adapter on
// port 0, talking to our fake Web API; the demo staff linked to Slack users.
import { startSlack } from '../../adapters/slack/index.js';
import { startTestBot, type TestBot } from '../support/test-bot.js';
import { startFakeSlack, type FakeSlack } from './fake-slack.js';
import { signingSecret, teamId } from './slack-requests.js';

/** Slack user ids of demo roster members. */
export const slackUsers = { aroha: 'U0AROHA01', ben: 'U0BEN0001', dana: 'U0DANA001', eli: 'U0ELI0001', gus: 'U0GUS0001' } as const;
export const strangerId = 'U0STRANGER';

export interface SlackHarness {
  bot: TestBot;
  fake: FakeSlack;
  port: number;
  logs: string[];
  close(): Promise<void>;
}

export async function linkSlackUsers(bot: TestBot): Promise<void> {
  for (const [handle, externalId] of Object.entries(slackUsers)) {
    const staff = await bot.database.db.staff.findUniqueOrThrow({ where: { handle } });
    await bot.database.db.staffIdentity.create({ data: { staffId: staff.id, platform: 'slack', workspace: teamId, externalId } });
  }
}

export async function startSlackHarness(options: { socketUrl?: string } = {}): Promise<SlackHarness> {
  const bot = await startTestBot();
  await linkSlackUsers(bot);
  const fake = await startFakeSlack();
  if (options.socketUrl) fake.socketUrl = options.socketUrl;
  const logs: string[] = [];
  const slack = await startSlack(
    bot.core,
    { botToken: 'xoxb-fake', signingSecret, apiUrl: fake.apiUrl, ...(options.socketUrl ? { appToken: 'xapp-fake' } : {}) },
    { port: 0, log: (line) => logs.push(line) },
  );
  return {
    bot,
    fake,
    port: slack.port,
    logs,
    async close() {
      await slack.stop();
      await fake.close();
      await bot.close();
    },
  };
}
