// The real core (test database, demo roster) with the real Slack adapter on
// the bot's HTTP server (port 0), talking to our fake Web API; the demo staff
// linked to Slack users.
import { createSlackAdapter } from '../../adapters/slack/index.js';
import type { CommandReply } from '../../src/core/invocation.js';
import type { PlatformAdapter } from '../../src/core/platform-adapter.js';
import { recordingReplies } from '../support/recording-services.js';
import { testHttp, type TestHttp } from '../support/http-server.js';
import { recordingLogger } from '../support/recording-logger.js';
import { startTestBot, type TestBot } from '../support/test-bot.js';
import { startFakeSlack, type FakeSlack } from './fake-slack.js';
import { signingSecret, teamId } from './slack-requests.js';

/** Slack user ids of demo roster members. */
export const slackUsers = { aroha: 'U0AROHA01', ben: 'U0BEN0001', dana: 'U0DANA001', eli: 'U0ELI0001', gus: 'U0GUS0001' } as const;
export const strangerId = 'U0STRANGER';

export interface SlackHarness {
  bot: TestBot;
  fake: FakeSlack;
  http: TestHttp;
  port: number;
  adapter: PlatformAdapter;
  logs: ReturnType<typeof recordingLogger>;
  /** Every reply the core gave, in order. */
  replies: CommandReply[];
  close(): Promise<void>;
}

export async function linkSlackUsers(bot: TestBot): Promise<void> {
  for (const [handle, externalId] of Object.entries(slackUsers)) {
    const staff = await bot.database.db.staff.findUniqueOrThrow({ where: { handle } });
    await bot.database.db.staffIdentity.create({ data: { staffId: staff.id, platform: 'slack', workspace: teamId, externalId } });
  }
}

export async function startSlackHarness(options: { socketUrl?: string; apiUrl?: string } = {}): Promise<SlackHarness> {
  const bot = await startTestBot();
  await linkSlackUsers(bot);
  const fake = await startFakeSlack();
  if (options.socketUrl) fake.socketUrl = options.socketUrl;
  const logs = recordingLogger();
  const server = testHttp();
  const { services, replies } = recordingReplies({ ...(await bot.core.adapterServices({ http: server })), log: logs });
  const adapter = createSlackAdapter(services, {
    botToken: 'xoxb-fake',
    signingSecret,
    apiUrl: options.apiUrl ?? fake.apiUrl,
    ...(options.socketUrl ? { appToken: 'xapp-fake' } : {}),
  });
  bot.core.outbox.register(adapter.messenger);
  const http = await server.listen();
  await adapter.start();
  return {
    bot,
    fake,
    http,
    port: http.port,
    adapter,
    logs,
    replies,
    async close() {
      await adapter.stop();
      await http.close();
      await fake.close();
      await bot.close();
    },
  };
}
