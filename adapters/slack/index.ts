// The Slack adapter: Bolt over HTTP (/slack/events) or Socket Mode, turning
// slash commands, modals, buttons and the App Home into the core's commands,
// and the core's outbox messages into Slack posts.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, SocketModeReceiver, type Receiver, type webApi } from '@slack/bolt';
import type { SlackConfig } from '../../src/config.js';
import type { Core } from '../../src/core/core.js';
import { registerAppHome } from './listeners/app-home.js';
import { registerCommandButtons } from './listeners/command-buttons.js';
import { registerEmployerSuggestions } from './listeners/employer-suggestions.js';
import { registerFormSubmissions } from './listeners/form-submissions.js';
import { registerSlashCommands } from './listeners/slash-commands.js';
import { createCommandQueue, requestActivity } from './command-queue.js';
import { slackEventsPath } from './events-path.js';
import { boltLogger, type Log } from './log.js';
import { createSlackMessenger } from './slack-messenger.js';

export { createSlackMessenger } from './slack-messenger.js';

export interface SlackOptions {
  /** HTTP mode listens here (0: any free port). Unused in Socket Mode. */
  port: number;
  log?: Log;
}

export interface RunningSlack {
  /** The port HTTP mode listens on; 0 in Socket Mode, where nothing listens. */
  port: number;
  stop(): Promise<void>;
}

/** Slack's requests count as a burst until none came for this long. */
const quietMs = 20;
/** Work after an ack waits at most this long for a burst to end (a form's trigger id lasts 3 s). */
const maxDeferMs = 1_000;

/** The Web API client's settings: the core's outbox owns retries and their backoff. */
export function webClientOptions(apiUrl?: string): webApi.WebClientOptions {
  return {
    ...(apiUrl ? { slackApiUrl: apiUrl } : {}),
    // Fail at once, 429s included, instead of sleeping inside a request.
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
  };
}

export async function startSlack(core: Core, config: SlackConfig, options: SlackOptions): Promise<RunningSlack> {
  const log = options.log ?? ((line: string) => console.error(line));
  const logger = boltLogger(log);
  const clientOptions = webClientOptions(config.apiUrl);
  const receiver: Receiver = config.appToken
    ? new SocketModeReceiver({ appToken: config.appToken, logger, installerOptions: { clientOptions } })
    : new HTTPReceiver({ signingSecret: config.signingSecret, endpoints: slackEventsPath, logger });
  const app = new App({ token: config.botToken, receiver, logger, clientOptions });

  // Work after an ack is queued behind Slack's pending requests; a modal
  // submission and the employer type-ahead answer in the ack itself, so they
  // run at once.
  const activity = requestActivity(quietMs);
  const queue = createCommandQueue({ busy: activity.busy, quietMs, maxDeferMs });
  registerSlashCommands(app, core, queue, log);
  registerFormSubmissions(app, core, log);
  registerEmployerSuggestions(app, core, log);
  registerCommandButtons(app, core, queue, log);
  registerAppHome(app, core, queue, log);
  core.outbox.register(createSlackMessenger(app.client));

  const started: unknown = await app.start(options.port);
  let port = 0;
  if (!config.appToken) {
    const server = started as Server;
    activity.track(server);
    port = (server.address() as AddressInfo).port;
  }
  return {
    port,
    stop: async () => {
      await app.stop();
    },
  };
}
