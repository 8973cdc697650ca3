// The real Teams adapter on the bot's HTTP server (port 0), in front of the
// real core: activities are POSTed to /api/messages and replies reach the
// fake connector named by each activity's serviceUrl.
import { createTeamsAdapter } from '../../adapters/teams/index.js';
import type { TeamsConfig } from '../../src/config.js';
import type { CommandReply } from '../../src/core/invocation.js';
import type { PlatformAdapter } from '../../src/core/platform-adapter.js';
import { recordingReplies } from '../support/recording-services.js';
import { testHttp } from '../support/http-server.js';
import { recordingLogger } from '../support/recording-logger.js';
import type { TestBot } from '../support/test-bot.js';

export interface TeamsEndpoint {
  port: number;
  adapter: PlatformAdapter;
  logs: ReturnType<typeof recordingLogger>;
  /** Every reply the core gave, in order. */
  replies: CommandReply[];
  stop(): Promise<void>;
}

export async function startTeamsEndpoint(
  bot: TestBot,
  config: TeamsConfig = { appType: 'MultiTenant' },
  serve: { publicUrl?: string } = {},
): Promise<TeamsEndpoint> {
  const logs = recordingLogger();
  const server = testHttp();
  const { services, replies } = recordingReplies({ ...(await bot.core.adapterServices({ http: server, ...serve })), log: logs });
  const adapter = createTeamsAdapter(services, config);
  bot.core.outbox.register(adapter.messenger);
  const http = await server.listen();
  await adapter.start();
  return {
    port: http.port,
    adapter,
    logs,
    replies,
    async stop() {
      await adapter.stop();
      await http.close();
    },
  };
}
