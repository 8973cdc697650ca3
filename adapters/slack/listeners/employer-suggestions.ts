// Type-ahead for the employer field: Slack asks (block_suggestion) as the
// person types, and gets the caller's organisation's employers back.
import type { App } from '@slack/bolt';
import type { Core } from '../../../src/core/core.js';
import { searchEmployers } from '../../../src/services/employers.js';
import { findCaller } from '../../../src/services/roster.js';
import type { Log } from '../log.js';
import { clip } from '../mrkdwn.js';
import { employerSuggestActionId } from '../render-modal.js';

/** Slack shows at most 100 options. */
const optionsMax = 100;

export function registerEmployerSuggestions(app: App, core: Core, log: Log): void {
  app.options<'block_suggestion'>({ action_id: employerSuggestActionId }, async ({ ack, body }) => {
    try {
      const caller = await findCaller(core.db, 'slack', body.team?.id ?? '', body.user.id);
      const employers =
        caller?.organisationId != null ? await searchEmployers(core.db, caller.organisationId, body.value ?? '', optionsMax) : [];
      await ack({ options: employers.map((e) => ({ text: { type: 'plain_text', text: clip(e.name, 75) }, value: e.name })) });
    } catch (error) {
      log(`slack: employer suggestions failed: ${String(error)}`);
      await ack({ options: [] });
    }
  });
}
