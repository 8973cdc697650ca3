import type { App } from '@slack/bolt';
import type { Core } from '../../../src/core/core.js';
import type { CommandQueue } from '../command-queue.js';
import { homeView } from '../home-view.js';
import type { Log } from '../log.js';

export function registerAppHome(app: App, core: Core, queue: CommandQueue, log: Log): void {
  app.event('app_home_opened', async ({ event, body, client }) => {
    if (event.tab !== 'home') return;
    try {
      const view = await queue(() => homeView(core, body.team_id, event.user, body.event_id));
      await client.views.publish({ user_id: event.user, view });
    } catch (error) {
      log(`slack: App Home for ${event.user} failed: ${String(error)}`);
    }
  });
}
