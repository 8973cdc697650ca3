// The Microsoft Teams adapter: the Bot Framework messaging endpoint
// (POST /api/messages, on the bot's HTTP server) in front of a Teams AI
// application, and the messenger that lets the core's outbox post to Teams.
// Everything Teams-specific stays in this folder.
import { randomBytes } from 'node:crypto';
import express, { type Request, type Response } from 'express';
import { TeamsAdapter } from '@microsoft/teams-ai';
import type { TeamsConfig } from '../../src/config.js';
import type { AdapterServices, PlatformAdapter, PlatformModule } from '../../src/core/platform-adapter.js';
import { noClientRetries } from './no-client-retries.js';
import { createTeamsBot } from './teams-bot.js';

export const teamsMessagesPath = '/api/messages';

export function createBotFrameworkAdapter(config: TeamsConfig): TeamsAdapter {
  const adapter = new TeamsAdapter(
    config.appId
      ? {
          MicrosoftAppId: config.appId,
          MicrosoftAppPassword: config.appPassword,
          MicrosoftAppTenantId: config.tenantId,
          MicrosoftAppType: config.appType,
        }
      : {},
  );
  adapter.use(noClientRetries);
  return adapter;
}

const isActivityShaped = (body: unknown): boolean =>
  typeof body === 'object' &&
  body !== null &&
  typeof (body as { type?: unknown }).type === 'string' &&
  (body as { type: string }).type !== '';

const apology = (ref: string) => `Something went wrong on our side; nothing was saved (ref ${ref}). Please try again.`;

export function createTeamsAdapter(services: AdapterServices, config: TeamsConfig): PlatformAdapter {
  const { log } = services;
  if (!services.http) throw new Error('Teams needs the bot to serve HTTP');
  const adapter = createBotFrameworkAdapter(config);
  const bot = createTeamsBot({ services, adapter, ...(config.appId ? { appId: config.appId } : {}) });
  adapter.onTurnError = async (context, error) => {
    // The bot's own turns (proactive posts) fail back to the outbox, which retries them.
    if (context.activity.type === 'event') throw error;
    const ref = `E-${randomBytes(4).toString('hex').toUpperCase()}`;
    log.error({ ref, platform: 'teams', activity: context.activity.type, error: error.name }, 'Teams turn failed');
    // The person hears that it failed and the ref to quote; never the error itself.
    await context.sendActivity(apology(ref)).catch(() => undefined);
  };

  let accepting = true;
  services.http.app.post(teamsMessagesPath, express.json({ limit: '1mb' }), async (req: Request, res: Response) => {
    if (!accepting) {
      res.status(503).json({ error: 'The bot is stopping: Teams will deliver this again.' });
      return;
    }
    if (!isActivityShaped(req.body)) {
      res
        .status(400)
        .json({ error: 'Not a Bot Framework activity: the body must be a JSON object with a "type", like {"type":"message",…}.' });
      return;
    }
    try {
      await adapter.process(req, res, async (context) => {
        await bot.app.run(context);
      });
    } catch (error) {
      // The adapter rejects a body that does not parse as an activity by throwing.
      if (!res.headersSent) res.status(400).json({ error: `Not a valid activity: ${(error as Error).message.slice(0, 300)}` });
    }
  });

  return {
    platform: 'teams',
    messenger: bot.messenger,
    async start() {
      if (config.appId) log.info({ platform: 'teams', appId: config.appId }, `Teams: taking activities at POST ${teamsMessagesPath}`);
      else
        log.warn(
          { platform: 'teams' },
          `Teams: taking activities at POST ${teamsMessagesPath}. MICROSOFT_APP_ID is not set, so authentication is OFF: any caller is accepted, as with the Bot Framework Emulator. The bot listens on 127.0.0.1 only unless HOST says otherwise. Set the app id before going live.`,
        );
    },
    async stop() {
      accepting = false;
    },
    status: () => ({ state: 'ready' }),
  };
}

export const teamsPlatform: PlatformModule<TeamsConfig> = { platform: 'teams', create: createTeamsAdapter };
