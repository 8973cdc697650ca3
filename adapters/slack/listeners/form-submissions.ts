// A submitted modal runs its command with the field values. Slack shows field
// errors only in the ack, so here the command runs before the ack (it is one
// short transaction); the confirmation is sent after it.
import type { App } from '@slack/bolt';
import type { Core } from '../../../src/core/core.js';
import { invocationOf } from '../invocation.js';
import type { Log } from '../log.js';
import { formCallbackId, formValues, modalErrors, readMetadata, renderModal } from '../render-modal.js';
import { sendPrivately } from '../reply.js';

export function registerFormSubmissions(app: App, core: Core, log: Log): void {
  app.view({ callback_id: formCallbackId, type: 'view_submission' }, async ({ ack, body, view, client }) => {
    const metadata = readMetadata(view.private_metadata);
    const firstBlock = view.blocks.find((b) => b.type === 'input')?.block_id;
    if (!metadata) {
      await ack({
        response_action: 'errors',
        errors: firstBlock ? { [firstBlock]: 'This form is out of date: close it and open it again.' } : {},
      });
      return;
    }
    const teamId = body.team?.id ?? view.team_id;
    const caller = { teamId, userId: body.user.id, ...(metadata.channel ? { channelId: metadata.channel } : {}) };
    const state = view.state.values;
    let reply;
    try {
      reply = await core.router.handle(
        // Slack resends a submission it thinks failed with the same view id and hash.
        invocationOf(core, caller, metadata.command, { kind: 'form', values: formValues(state) }, `view:${view.id}:${view.hash}`),
      );
    } catch (error) {
      log(`slack: form ${metadata.command} failed: ${String(error)}`);
      await ack({
        response_action: 'errors',
        errors: firstBlock ? { [firstBlock]: 'That went wrong on our side and nothing was saved. Please try again.' } : {},
      });
      return;
    }
    if (reply.kind === 'error') {
      await ack({ response_action: 'errors', errors: modalErrors(reply, view.blocks, state) });
      return;
    }
    if (reply.kind === 'form') {
      await ack({ response_action: 'update', view: renderModal(reply.form, metadata) });
      return;
    }
    await ack({ response_action: 'clear' });
    await sendPrivately(client, caller.userId, metadata.channel, reply.message).catch((error: unknown) =>
      log(`slack: could not send the ${metadata.command} confirmation: ${String(error)}`),
    );
  });
}
