// The Slack adapter: Bolt over the bot's HTTP server (/slack/events) or Socket
// Mode, turning slash commands, modals, buttons and the App Home into the
// core's commands, and the core's outbox messages into Slack posts. Slack that
// cannot be reached at start is waited for in the background: the bot runs,
// says it is waiting, and takes commands as soon as Slack answers.
import { App, ExpressReceiver, SocketModeReceiver, webApi, type Receiver } from '@slack/bolt';
import type { SlackConfig } from '../../src/config.js';
import type { AdapterServices, PlatformAdapter, PlatformModule, PlatformStatus } from '../../src/core/platform-adapter.js';
import type { EarlyAckOptions } from './early-ack.js';
import { runHandedOn } from './handed-on.js';
import { registerAppHome } from './listeners/app-home.js';
import { registerCommandButtons } from './listeners/command-buttons.js';
import { registerEmployerSuggestions } from './listeners/employer-suggestions.js';
import { registerFormSubmissions } from './listeners/form-submissions.js';
import { registerSlashCommands } from './listeners/slash-commands.js';
import { slackEventsPath } from './events-path.js';
import { boltLogger } from './log.js';
import { createSlackMessenger } from './slack-messenger.js';

/** The Web API client's settings: the core's outbox owns retries and their backoff. */
export function webClientOptions(apiUrl?: string): webApi.WebClientOptions {
  return {
    ...(apiUrl ? { slackApiUrl: apiUrl } : {}),
    // Fail at once, 429s included, instead of sleeping inside a request.
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
  };
}

/** How long to wait between tries while Slack cannot be reached: doubling up to a minute. */
const firstRetryMs = 1_000;
const maxRetryMs = 60_000;

export function createSlackAdapter(services: AdapterServices, config: SlackConfig): PlatformAdapter {
  const { log } = services;
  const logger = boltLogger(log);
  const clientOptions = webClientOptions(config.apiUrl);
  const client = new webApi.WebClient(config.botToken, clientOptions);

  // Who the bot is, asked of Slack once it answers: Bolt's own check would
  // remember a failure at start for ever.
  let identity: Promise<{ botId?: string; botUserId?: string }> | undefined;
  const whoAmI = () =>
    (identity ??= client.auth.test().then(
      (r) => ({ ...(r.bot_id ? { botId: r.bot_id } : {}), ...(r.user_id ? { botUserId: r.user_id } : {}) }),
      (error: unknown) => {
        identity = undefined;
        throw error;
      },
    ));

  let receiver: Receiver;
  if (config.appToken) {
    receiver = new SocketModeReceiver({ appToken: config.appToken, logger, installerOptions: { clientOptions } });
  } else {
    if (!services.http) throw new Error('Slack over HTTP needs the bot to serve HTTP');
    receiver = new ExpressReceiver({ signingSecret: config.signingSecret, endpoints: slackEventsPath, logger, app: services.http.app });
    services.http.answerEarly(
      {
        path: slackEventsPath,
        module: new URL('./early-ack.js', import.meta.url),
        options: { signingSecret: config.signingSecret } satisfies EarlyAckOptions,
      },
      runHandedOn(() => app, log),
    );
  }
  const app = new App({
    receiver,
    logger,
    clientOptions,
    authorize: async () => ({ botToken: config.botToken, ...(await whoAmI()) }),
  });
  registerSlashCommands(app, services);
  registerFormSubmissions(app, services);
  registerEmployerSuggestions(app, services);
  registerCommandButtons(app, services);
  registerAppHome(app, services);

  let status: PlatformStatus = { state: 'waiting', detail: 'not started' };
  let retry: NodeJS.Timeout | undefined;
  let stopped = false;

  /** Reaches Slack (auth.test, and the socket in Socket Mode), trying again in the background until it answers. */
  async function connect(delayMs: number): Promise<void> {
    try {
      await whoAmI();
      if (config.appToken) await app.start();
      if (status.state !== 'ready') log.info({ platform: 'slack', mode: config.appToken ? 'socket' : 'http' }, 'Slack: connected');
      status = { state: 'ready' };
    } catch (error) {
      if (stopped) return;
      const detail = `Slack could not be reached (${(error as { code?: string }).code ?? (error as Error).name}); trying again`;
      if (status.state === 'ready' || status.detail !== detail) log.warn({ platform: 'slack' }, `${detail} in the background`);
      status = { state: 'waiting', detail };
      retry = setTimeout(() => void connect(Math.min(delayMs * 2, maxRetryMs)), delayMs);
      retry.unref();
    }
  }

  return {
    platform: 'slack',
    messenger: createSlackMessenger(client, services.files),
    async start() {
      await connect(firstRetryMs);
    },
    async stop() {
      stopped = true;
      clearTimeout(retry);
      if (config.appToken && status.state === 'ready') await app.stop();
    },
    status: () => status,
  };
}

export const slackPlatform: PlatformModule<SlackConfig> = { platform: 'slack', create: createSlackAdapter };
