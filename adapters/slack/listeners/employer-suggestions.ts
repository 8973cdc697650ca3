// Type-ahead for the employer field: Slack asks (block_suggestion) as the
// person types, and gets the caller's organisation's employers back.
import type { App } from '@slack/bolt';
import type { AdapterServices } from '../../../src/core/platform-adapter.js';
import { clip } from '../mrkdwn.js';
import { employerSuggestActionId } from '../render-modal.js';

/** Slack shows at most 100 options. */
const optionsMax = 100;

export function registerEmployerSuggestions(app: App, services: AdapterServices): void {
  app.options<'block_suggestion'>({ action_id: employerSuggestActionId }, async ({ ack, body }) => {
    try {
      const names = await services.people.employerSuggestions('slack', body.team?.id ?? '', body.user.id, body.value ?? '', optionsMax);
      await ack({ options: names.map((name) => ({ text: { type: 'plain_text', text: clip(name, 75) }, value: clip(name, 150) })) });
    } catch (error) {
      services.log.warn({ platform: 'slack', error: (error as Error).name }, 'employer suggestions failed');
      await ack({ options: [] });
    }
  });
}
