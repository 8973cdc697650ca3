// The Microsoft Teams adapter: the Bot Framework messaging endpoint
// (POST /api/messages) in front of a Teams AI application, and the messenger
// that lets the core's outbox post to Teams. Everything Teams-specific stays
// in this folder.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type NextFunction, type Request, type Response } from 'express';
import { TeamsAdapter } from '@microsoft/teams-ai';
import type { Core } from '../../src/core/core.js';
import type { TeamsConfig } from '../../src/config.js';
import { noClientRetries } from './no-client-retries.js';
import { createTeamsBot } from './teams-bot.js';

export interface TeamsOptions {
  log?: (line: string) => void;
}

export interface RunningTeams {
  port: number;
  stop(): Promise<void>;
}

export function createTeamsAdapter(config: TeamsConfig): TeamsAdapter {
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

export async function startTeams(core: Core, config: TeamsConfig, options: TeamsOptions = {}): Promise<RunningTeams> {
  const log = options.log ?? ((line: string) => console.log(line));
  const adapter = createTeamsAdapter(config);
  const bot = createTeamsBot({ core, adapter, appId: config.appId, log });
  adapter.onTurnError = async (context, error) => {
    log(`teams: turn failed for ${context.activity.type} ${context.activity.id ?? ''}: ${error.stack ?? error.message}`);
    throw error;
  };
  core.outbox.register(bot.messenger);

  const web = express();
  web.use(express.json({ limit: '1mb' }));
  web.post('/api/messages', async (req: Request, res: Response) => {
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
  // Malformed JSON and other request errors: a JSON answer, never an HTML page.
  web.use((error: Error & { status?: number }, _req: Request, res: Response, _next: NextFunction) => {
    const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
    res.status(status).json({ error: status === 500 ? 'Internal error' : error.message });
  });

  const server: Server = await new Promise((resolve, reject) => {
    const s = web.listen(config.port, (error?: Error) => (error ? reject(error) : resolve(s)));
  });
  const { port } = server.address() as AddressInfo;
  log(
    config.appId
      ? `Teams: listening on port ${port} (POST /api/messages) as app ${config.appId}.`
      : `Teams: listening on port ${port} (POST /api/messages). MICROSOFT_APP_ID is not set, so authentication is OFF: any caller is accepted, as with the Bot Framework Emulator. Set it before going live.`,
  );
  return {
    port,
    async stop() {
      await new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      });
    },
  };
}
