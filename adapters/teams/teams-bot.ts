// The Teams AI application: messages and card clicks become the core's
// commands, its replies become cards in the caller's personal chat (exports as
// file consent cards), and the "contact" message extension opens the same
// form from the message box.
import type { Activity, BotAdapter, FileConsentCardResponse, TaskModuleTaskInfo, TurnContext } from 'botbuilder';
import { CardFactory, TurnContext as Turn } from 'botbuilder';
import { Application } from '@microsoft/teams-ai';
import { commandPattern } from '../../src/core/command-line.js';
import type { CommandInput, CommandInvocation, CommandReply } from '../../src/core/invocation.js';
import type { Messenger } from '../../src/core/messenger.js';
import type { AdapterServices } from '../../src/core/platform-adapter.js';
import { message } from '../../src/core/reply.js';
import { conversationOf, isPersonal, senderOf, tenantOf } from './activity-fields.js';
import { commandText, parseCommand } from './activity-command.js';
import {
  formActivity,
  formCard,
  formValues,
  messageActivity,
  type ButtonData,
  type FileConsentContext,
  type FormData,
} from './adaptive-card.js';
import { createConversationStore, type ConversationStore } from './conversation-store.js';
import { createConversations } from './conversations.js';
import { uploadConsentedFile } from './file-consent.js';
import { createTeamsMessenger } from './teams-messenger.js';

/** Message extension (compose action) commands; the manifest declares the same. */
export const composeCommands = ['contact'] as const;

export interface TeamsBot {
  app: Application;
  messenger: Messenger;
  store: ConversationStore;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function createTeamsBot(deps: { services: AdapterServices; adapter: BotAdapter; appId?: string }): TeamsBot {
  const { services } = deps;
  const store = createConversationStore(services.conversations);
  const conversations = createConversations({ adapter: deps.adapter, appId: deps.appId ?? '', store });
  const messenger = createTeamsMessenger({ services, store, conversations });
  const app = new Application({
    botAppId: deps.appId ?? '',
    removeRecipientMention: true,
    startTypingTimer: false,
    longRunningMessages: false,
  });

  /**
   * Activity ids are unique only within a conversation: the delivery key is
   * the conversation and the activity together, so two people's commands
   * never share one.
   */
  const deliveryKey = (activity: Activity, suffix = '') => `${activity.conversation?.id ?? ''}:${activity.id ?? ''}${suffix}`;

  function run(context: TurnContext, command: string, input: CommandInput, keySuffix = ''): Promise<CommandReply> {
    const activity = context.activity;
    const invocation: CommandInvocation = {
      platform: 'teams',
      userId: senderOf(activity),
      conversation: conversationOf(activity),
      command,
      input,
      idempotencyKey: deliveryKey(activity, keySuffix),
      receivedAt: services.clock.now(),
    };
    return services.handle(invocation);
  }

  const replyActivity = (reply: CommandReply) =>
    reply.kind === 'form' ? formActivity(reply.form) : messageActivity(reply.message, services.files, { personal: true });

  /** Teams has no ephemeral replies: outside a personal chat, the reply goes to one. */
  async function toCaller(context: TurnContext, activity: Partial<Activity>): Promise<void> {
    if (isPersonal(context.activity)) {
      await context.sendActivity(activity);
      return;
    }
    const chat = await conversations.personalChat(
      senderOf(context.activity),
      tenantOf(context.activity),
      Turn.getConversationReference(context.activity),
    );
    await conversations.send(chat.reference, activity);
  }

  /** The reply, now; or, when Teams will not take it, through the outbox, which keeps trying (the command was saved). */
  async function answer(context: TurnContext, reply: CommandReply): Promise<void> {
    try {
      await toCaller(context, replyActivity(reply));
    } catch (error) {
      services.log.warn({ platform: 'teams', error: (error as Error).name }, 'reply not delivered in the turn: queued');
      const later =
        reply.kind === 'form'
          ? message([{ kind: 'paragraph', text: `The ${reply.form.title.toLowerCase()} form did not reach you: please ask for it again.` }])
          : reply.message;
      await services.sendLater(
        { kind: 'direct', platform: 'teams', userId: senderOf(context.activity) },
        later,
        `teams:${deliveryKey(context.activity)}`,
      );
    }
  }

  async function runText(context: TurnContext, line: string): Promise<void> {
    const { command, text } = parseCommand(line);
    await answer(context, await run(context, command, { kind: 'text', text }));
  }

  /** A submitted form: with errors the same form again, values kept, messages beside the fields. */
  async function submitForm(
    context: TurnContext,
    command: string,
    action: string,
    data: Record<string, unknown>,
  ): Promise<{ reply: CommandReply; card: Partial<Activity> }> {
    const values = formValues(data);
    const reply = await run(context, command, { kind: 'form', action, values });
    if (reply.kind !== 'error') return { reply, card: replyActivity(reply) };
    const blank = await run(context, command, { kind: 'text', text: action }, ':form');
    if (blank.kind !== 'form') return { reply, card: replyActivity(reply) };
    return { reply, card: formActivity(blank.form, values, { message: reply.message.text, fields: reply.fieldErrors }) };
  }

  // Every activity's conversation is remembered, for proactive posts later.
  app.turn('beforeTurn', async (context) => {
    await store.remember(context.activity);
    return true;
  });

  // A card click: a button runs its command; a form submit updates its card.
  app.addRoute(
    async (context) => context.activity.type === 'message' && isObject(context.activity.value),
    async (context) => {
      const value = context.activity.value as Partial<ButtonData & FormData> & Record<string, unknown>;
      if (typeof value.formCommand === 'string') {
        const action = typeof value.formAction === 'string' ? value.formAction : '';
        const { card } = await submitForm(context, value.formCommand, action, value);
        if (context.activity.replyToId) await context.updateActivity({ ...card, id: context.activity.replyToId });
        else await context.sendActivity(card);
      } else if (typeof value.command === 'string') {
        await runText(context, `${value.command} ${typeof value.args === 'string' ? value.args : ''}`);
      }
    },
  );

  for (const command of services.registry.commands) {
    app.message(commandPattern(command.name), async (context) => runText(context, await commandText(context)));
  }
  // Anything else: the core says which commands there are.
  app.activity('message', async (context) => runText(context, await commandText(context)));

  // An export the person agreed to receive: uploaded to the URL Teams gave, then shown as a file card.
  app.fileConsentAccept(async (context, _state, response: FileConsentCardResponse) => {
    const { fileId } = (response.context ?? {}) as Partial<FileConsentContext>;
    const sent = await uploadConsentedFile(services.files, fileId, response.uploadInfo);
    await context.sendActivity(sent.activity);
  });
  app.fileConsentDecline(async (context, _state, response: FileConsentCardResponse) => {
    const { fileId } = (response.context ?? {}) as Partial<FileConsentContext>;
    const file = fileId ? await services.files.read(fileId) : undefined;
    const what = file ? file.name : 'the file';
    await context.sendActivity(`Not sent: you declined ${what}. Ask for the export again whenever you want it.`);
  });

  app.messageExtensions.fetchTask([...composeCommands], async (context): Promise<TaskModuleTaskInfo | string> => {
    const command = (context.activity.value as { commandId: string }).commandId;
    const reply = await run(context, command, { kind: 'text', text: '' });
    if (reply.kind !== 'form') return reply.message.text;
    return { title: reply.form.title, card: CardFactory.adaptiveCard(formCard(reply.form)), width: 'medium', height: 'large' };
  });

  app.messageExtensions.submitAction<Record<string, unknown>>([...composeCommands], async (context, _state, data) => {
    const command = (context.activity.value as { commandId: string }).commandId;
    const action = typeof data.formAction === 'string' ? data.formAction : '';
    const { reply, card } = await submitForm(context, command, action, data);
    if (reply.kind === 'error') {
      const attachment = card.attachments?.[0];
      // CardFactory.contentTypes is typed `any`; this is its adaptiveCard value.
      return attachment?.contentType === 'application/vnd.microsoft.card.adaptive'
        ? { title: command, card: attachment, width: 'medium', height: 'large' }
        : reply.message.text;
    }
    // The confirmation is the caller's alone: their personal chat, and the dialog closes.
    await answer(context, reply);
    return null;
  });

  // Installs and membership changes only need their references saved (beforeTurn).
  app.activity(['installationUpdate', 'conversationUpdate'], async () => {});

  return { app, messenger, store };
}
