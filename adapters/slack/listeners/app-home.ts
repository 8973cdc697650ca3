import type { App } from '@slack/bolt';
import type { AdapterServices } from '../../../src/core/platform-adapter.js';
import { homeView } from '../home-view.js';

export function registerAppHome(app: App, services: AdapterServices): void {
  app.event('app_home_opened', async ({ event, body, client }) => {
    if (event.tab !== 'home') return;
    try {
      await client.views.publish({ user_id: event.user, view: await homeView(services, body.team_id, event.user, body.event_id) });
    } catch (error) {
      services.log.warn({ platform: 'slack', error: (error as Error).name }, 'App Home not published');
    }
  });
}
