// The Teams AI application: messages and card clicks become the core's
// commands, its replies become cards in the caller's personal chat, and the
// "contact" message extension opens the same form from the message box.
import type { Activity, BotAdapter, TaskModuleTaskInfo, TurnContext } from 'botbuilder';
import { CardFactory, TurnContext as Turn } from 'botbuilder';
import { Application } from '@microsoft/teams-ai';
import type { Core } from '../../src/core/core.js';
import type { CommandInput, CommandInvocation, CommandReply } from '../../src/core/invocation.js';
import type { Messenger } from '../../src/core/messenger.js';
import { conversationOf, isPersonal, senderOf, tenantOf } from './activity-fields.js';
import { commandPattern, commandText, parseCommand } from './activity-command.js';
import { formActivity, formCard, formValues, messageActivity, type ButtonData, type FormData } from './adaptive-card.js';
import { createConversationStore, type ConversationStore } from './conversation-store.js';
import { createConversations } from './conversations.js';
import { createTeamsMessenger } from './teams-messenger.js';

/** Message extension (compose action) commands; the manifest declares the same. */
export const composeCommands = ['contact'] as const;

export interface TeamsBot {
  app: Application;
  messenger: Messenger;
  store: ConversationStore;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function createTeamsBot(deps: { core: Core; adapter: BotAdapter; appId?: string; log: (line: string) => void }): TeamsBot {
  const { core } = deps;
  const store = createConversationStore(core.db);
  const conversations = createConversations({ adapter: deps.adapter, appId: deps.appId ?? '', store });
  const messenger = createTeamsMessenger({ db: core.db, store, conversations });
  const app = new Application({
    botAppId: deps.appId ?? '',
    removeRecipientMention: true,
    startTypingTimer: false,
    longRunningMessages: false,
  });

  function run(context: TurnContext, command: string, input: CommandInput, keySuffix = ''): Promise<CommandReply> {
    const activity = context.activity;
    const invocation: CommandInvocation = {
      platform: 'teams',
      userId: senderOf(activity),
      conversation: conversationOf(activity),
      command,
      input,
      idempotencyKey: `${activity.id ?? ''}${keySuffix}`,
      receivedAt: core.clock.now(),
    };
    return core.router.handle(invocation);
  }

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

  const replyActivity = (reply: CommandReply) => (reply.kind === 'form' ? formActivity(reply.form) : messageActivity(reply.message));

  async function runText(context: TurnContext, line: string): Promise<void> {
    const { command, text } = parseCommand(line);
    await toCaller(context, replyActivity(await run(context, command, { kind: 'text', text })));
  }

  /** A submitted form: with errors the same form again, values kept, messages beside the fields. */
  async function submitForm(
    context: TurnContext,
    command: string,
    data: Record<string, unknown>,
  ): Promise<{ reply: CommandReply; card: Partial<Activity> }> {
    const values = formValues(data);
    const reply = await run(context, command, { kind: 'form', values });
    if (reply.kind !== 'error') return { reply, card: replyActivity(reply) };
    const blank = await run(context, command, { kind: 'text', text: '' }, ':form');
    if (blank.kind !== 'form') return { reply, card: messageActivity(reply.message) };
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
        const { card } = await submitForm(context, value.formCommand, value);
        if (context.activity.replyToId) await context.updateActivity({ ...card, id: context.activity.replyToId });
        else await context.sendActivity(card);
      } else if (typeof value.command === 'string') {
        await runText(context, `${value.command} ${typeof value.args === 'string' ? value.args : ''}`);
      }
    },
  );

  for (const command of core.router.commands) {
    app.message(commandPattern(command.name), async (context) => runText(context, await commandText(context)));
  }
  // Anything else: the core says which commands there are.
  app.activity('message', async (context) => runText(context, await commandText(context)));

  app.messageExtensions.fetchTask([...composeCommands], async (context): Promise<TaskModuleTaskInfo | string> => {
    const command = (context.activity.value as { commandId: string }).commandId;
    const reply = await run(context, command, { kind: 'text', text: '' });
    if (reply.kind !== 'form') return reply.message.text;
    return { title: reply.form.title, card: CardFactory.adaptiveCard(formCard(reply.form)), width: 'medium', height: 'large' };
  });

  app.messageExtensions.submitAction<Record<string, unknown>>([...composeCommands], async (context, _state, data) => {
    const command = (context.activity.value as { commandId: string }).commandId;
    const { reply, card } = await submitForm(context, command, data);
    if (reply.kind === 'error') {
      const attachment = card.attachments?.[0];
      return attachment?.contentType === CardFactory.contentTypes.adaptiveCard
        ? { title: command, card: attachment, width: 'medium', height: 'large' }
        : reply.message.text;
    }
    // The confirmation is the caller's alone: their personal chat, and the dialog closes.
    await toCaller(context, card);
    return null;
  });

  // Installs and membership changes only need their references saved (beforeTurn).
  app.activity(['installationUpdate', 'conversationUpdate'], async () => {});

  return { app, messenger, store };
}
