// A submitted modal runs its command with the field values. Slack shows field
// errors only in the ack, so here the command runs before the ack (it is one
// short transaction); the confirmation is sent after it.
import type { App } from '@slack/bolt';
import type { AdapterServices } from '../../../src/core/platform-adapter.js';
import { invocationOf } from '../invocation.js';
import { formCallbackId, formValues, modalErrors, readMetadata, renderModal } from '../render-modal.js';
import { deliverReply } from '../reply.js';

export function registerFormSubmissions(app: App, services: AdapterServices): void {
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
    // Slack resends a submission it thinks failed with the same view id and hash.
    const deliveryId = `view:${view.id}:${view.hash}`;
    const reply = await services.handle(
      invocationOf(services, caller, metadata.command, { kind: 'form', action: metadata.action, values: formValues(state) }, deliveryId),
    );
    if (reply.kind === 'error') {
      await ack({ response_action: 'errors', errors: modalErrors(reply, view.blocks, state) });
      return;
    }
    if (reply.kind === 'form') {
      await ack({ response_action: 'update', view: renderModal(reply.form, metadata) });
      return;
    }
    await ack({ response_action: 'clear' });
    const target = { client, files: services.files, userId: caller.userId, ...(metadata.channel ? { channelId: metadata.channel } : {}) };
    await deliverReply(reply, target).catch(async (error: unknown) => {
      services.log.warn({ platform: 'slack', command: metadata.command, error: (error as Error).name }, 'form confirmation queued');
      await services.sendLater(
        { kind: 'direct', platform: 'slack', userId: caller.userId },
        reply.message,
        `slack:${teamId}:${deliveryId}`,
      );
    });
  });
}
