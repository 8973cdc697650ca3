// End to end: real-shaped activities POSTed to the running /api/messages, the
// real Teams AI app and botbuilder client, and our recording fake connector.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createBotFrameworkAdapter } from '../../adapters/teams/index.js';
import { createTeamsBot } from '../../adapters/teams/teams-bot.js';
import { enqueue } from '../../src/outbox/outbox.js';
import type { Recipient } from '../../src/core/messenger.js';
import { message as coreMessage } from '../../src/core/reply.js';
import { startTestBot, type TestBot } from '../support/test-bot.js';
import { startTeamsEndpoint, type TeamsEndpoint } from './teams-harness.js';
import { startFakeConnector, type ConnectorRequest, type FakeConnector } from './fake-connector.js';
import {
  bot as teamsBot,
  cardSubmit,
  channelId,
  installed,
  invoke,
  linkTeamsUsers,
  message,
  tenant,
  users,
  type UserName,
  type Where,
} from './activities.js';
import { bodyOf, cardOf, findInputs, textsOf } from './card-reading.js';
import { isMessage } from './fake-connector.js';

let bot: TestBot;
let teams: TeamsEndpoint;
let connector: FakeConnector;

beforeAll(async () => {
  bot = await startTestBot();
  await linkTeamsUsers(bot.database.db);
  connector = await startFakeConnector();
  teams = await startTeamsEndpoint(bot);
});
afterAll(async () => {
  await teams?.stop();
  await connector?.close();
  await bot?.close();
});
beforeEach(() => {
  connector.requests.length = 0;
});

async function post(activity: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: any }> {
  const res = await fetch(`http://127.0.0.1:${teams.port}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof activity === 'string' ? activity : JSON.stringify(activity),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

const at = (as: UserName, extra: Partial<Where> = {}): Where => ({ serviceUrl: connector.url, as, ...extra });
const replyTo = (activity: { id: string; conversation: { id: string } }) => (r: ConnectorRequest) =>
  r.method === 'POST' && r.conversationId === activity.conversation.id && r.activityId === activity.id && isMessage(r);
const contacts = () => bot.database.db.employerContact.count();

/** `as` has spoken with the bot in their personal chat, so the bot knows that chat (and writes nothing). */
async function spokenWith(as: UserName): Promise<void> {
  const activity = message(at(as), 'contact list');
  await post(activity);
  await connector.waitFor(replyTo(activity));
}

describe('Teams endpoint', () => {
  it('says at start that authentication is off without an app id', () => {
    expect(teams.logs.text()).toMatch(/authentication is OFF/);
  });

  it('logs a typed /contact and answers with a card in the personal chat', async () => {
    const before = await contacts();
    const activity = message(at('aroha'), "/contact Perry's Garden Centre f2f for SJ-14 met the hiring manager");
    expect((await post(activity)).status).toBe(200);
    const reply = await connector.waitFor(replyTo(activity));
    const card = cardOf(reply.body);
    expect(card.version).toBe('1.5');
    expect(bodyOf(card)[0]).toMatchObject({ type: 'TextBlock', text: 'Employer contact logged', size: 'Large', weight: 'Bolder' });
    const facts = bodyOf(card).find((e) => e.type === 'FactSet')!.facts as { title: string; value: string }[];
    expect(facts).toContainEqual({ title: 'Employer', value: "Perry's Garden Centre" });
    expect(facts).toContainEqual({ title: 'For', value: 'SJ-14' });
    expect(await contacts()).toBe(before + 1);
    const saved = await bot.database.db.platformConversation.findFirst({ where: { platform: 'teams', userId: users.aroha.aad } });
    expect(saved).toMatchObject({ workspace: tenant, channelId: 'a:personal-aroha' });
  });

  it.each(['contact list', '/contact list', 'ips', '/ips', 'IPS help'])('runs "%s" (with or without a slash)', async (text) => {
    const activity = message(at('aroha'), text);
    await post(activity);
    const reply = await connector.waitFor(replyTo(activity));
    const texts = textsOf(cardOf(reply.body)).join('\n');
    expect(texts).not.toMatch(/There is no \//);
    expect(texts.length).toBeGreaterThan(10);
  });

  it('reaches every command of the core by its name', async () => {
    for (const command of bot.core.router.registry.commands) {
      const as = (Object.keys(users) as UserName[]).find((name) => command.actions.some((a) => a.roles.includes(users[name].role)))!;
      const activity = message(at(as), `${command.name} help`);
      await post(activity);
      const reply = await connector.waitFor(replyTo(activity));
      expect(textsOf(cardOf(reply.body)).join('\n'), command.name).not.toMatch(/There is no \/|is for .* your role/);
    }
  });

  it('answers an unknown word with the list of commands', async () => {
    const activity = message(at('aroha'), 'hello there');
    await post(activity);
    const reply = await connector.waitFor(replyTo(activity));
    expect(textsOf(cardOf(reply.body)).join('\n')).toMatch(/There is no \/hello command.*\/contact/);
  });

  it('writes a redelivered activity once', async () => {
    const before = await contacts();
    const activity = message(at('aroha'), 'contact Harbour Café phone');
    await post(activity);
    await post(activity);
    expect(await contacts()).toBe(before + 1);
    const replies = connector.requests.filter(replyTo(activity));
    expect(replies).toHaveLength(2);
    expect(replies[1]!.body.attachments).toEqual(replies[0]!.body.attachments);
  });

  describe('the contact form card', () => {
    async function openForm(): Promise<{ cardId: string; card: any }> {
      const activity = message(at('aroha'), 'contact');
      await post(activity);
      const reply = await connector.waitFor(replyTo(activity));
      return { cardId: `activity-for-${activity.id}`, card: cardOf(reply.body) };
    }

    it('comes back for "contact" with no arguments, with the form fields as inputs', async () => {
      const { card } = await openForm();
      const inputs = findInputs(card);
      expect(inputs.employer).toMatchObject({ type: 'Input.ChoiceSet', style: 'filtered' });
      expect(inputs.employer!.choices).toContainEqual({ title: "Perry's Garden Centre", value: "Perry's Garden Centre" });
      expect(inputs['employer.typed']).toMatchObject({ type: 'Input.Text' });
      expect(inputs.clientRef).toMatchObject({ type: 'Input.ChoiceSet', style: 'filtered' });
      expect(inputs.type).toMatchObject({ type: 'Input.ChoiceSet', value: 'face_to_face' });
      expect(inputs.contactedOn).toMatchObject({ type: 'Input.Date', value: '2026-11-23' });
      expect(inputs.details).toMatchObject({ type: 'Input.Text', isMultiline: true });
      expect(card.actions).toEqual([expect.objectContaining({ type: 'Action.Submit', data: { formCommand: 'contact', formAction: '' } })]);
    });

    it('shows errors by updating the card, and writes nothing', async () => {
      const before = await contacts();
      const submit = cardSubmit(
        at('aroha'),
        {
          formCommand: 'contact',
          formAction: '',
          employer: "Perry's Garden Centre",
          type: 'face_to_face',
          contactedOn: '2026-12-30',
          details: 'x',
        },
        'card-1',
      );
      await post(submit);
      const update = await connector.waitFor((r) => r.method === 'PUT' && r.activityId === 'card-1');
      expect(update.conversationId).toBe('a:personal-aroha');
      const body = bodyOf(cardOf(update.body));
      const dateAt = body.findIndex((e) => e.id === 'contactedOn');
      expect(body[dateAt]!.value).toBe('2026-12-30');
      expect(body[dateAt + 1]).toMatchObject({ type: 'TextBlock', color: 'Attention' });
      expect(body[dateAt + 1]!.text).toMatch(/in the future/);
      expect(findInputs(cardOf(update.body)).details!.value).toBe('x');
      expect(await contacts()).toBe(before);
    });

    it('logs a valid submission and turns the card into the confirmation', async () => {
      const before = await contacts();
      const submit = cardSubmit(
        at('aroha'),
        {
          formCommand: 'contact',
          formAction: '',
          employer: '',
          'employer.typed': 'Seaview Bakery',
          type: 'phone',
          clientRef: 'MT-21',
          contactedOn: '2026-11-23',
          nextContactOn: '',
          details: '',
        },
        'card-2',
      );
      await post(submit);
      const update = await connector.waitFor((r) => r.method === 'PUT' && r.activityId === 'card-2');
      expect(textsOf(cardOf(update.body))).toContain('Employer contact logged');
      expect(await contacts()).toBe(before + 1);
      const row = await bot.database.db.employerContact.findFirst({ orderBy: { id: 'desc' }, include: { employer: true, client: true } });
      expect(row).toMatchObject({ type: 'phone', employer: { name: 'Seaview Bakery' }, client: { ref: 'MT-21' } });
    });

    it('runs a button’s command as the person who clicked it', async () => {
      const click = cardSubmit(at('aroha'), { command: 'contact', args: 'list' }, 'card-3');
      await post(click);
      const reply = await connector.waitFor(replyTo(click));
      expect(textsOf(cardOf(reply.body))).toContain('Your employer contacts this week');
    });
  });

  describe('in a channel', () => {
    it('takes an @mentioned command and replies in the caller’s personal chat only', async () => {
      const before = await contacts();
      const activity = message(at('ben', { inChannel: true }), 'contact Quayside Logistics visit for RB-33');
      expect((await post(activity)).status).toBe(200);
      const created = await connector.waitFor((r) => r.method === 'POST' && r.path === '/v3/conversations');
      expect(created.body).toMatchObject({ isGroup: false, members: [{ id: users.ben.aad }], tenantId: tenant });
      const personal = await connector.waitFor(
        (r) => r.method === 'POST' && r.conversationId?.startsWith('a:personal-') === true && r.conversationId !== 'a:personal-aroha',
      );
      expect(textsOf(cardOf(personal.body))).toContain('Employer contact logged');
      expect(connector.requests.filter((r) => r.conversationId?.startsWith(channelId))).toEqual([]);
      expect(await contacts()).toBe(before + 1);
      // The new chat is saved: the next private reply reuses it.
      const chat = await bot.database.db.platformConversation.findFirst({ where: { userId: users.ben.aad } });
      expect(chat?.channelId).toBe(personal.conversationId);
    });

    it('binds the channel to a team with "ips channel bind"', async () => {
      await post(message(at('gus', { inChannel: true }), 'ips channel bind northside'));
      const binding = await bot.database.db.channelBinding.findFirst({
        where: { platform: 'teams', workspace: tenant, channelId },
        include: { clinicalTeam: true },
      });
      expect(binding?.clinicalTeam?.key).toBe('northside');
    });

    it('turns a user mention into the core’s <@AAD id> for "ips staff link"', async () => {
      connector.members.set('29:chen', 'aad-chen');
      const activity = message(at('gus'), 'ips staff link <at>Chen Li</at> chen', [
        { text: '<at>Chen Li</at>', id: '29:chen', name: 'Chen Li' },
      ]);
      await post(activity);
      await connector.waitFor(replyTo(activity));
      const chen = await bot.database.db.staff.findUniqueOrThrow({ where: { handle: 'chen' }, include: { identities: true } });
      expect(chen.identities).toContainEqual(expect.objectContaining({ platform: 'teams', workspace: tenant, externalId: 'aad-chen' }));
    });
  });

  describe('the contact message extension', () => {
    it('opens the form as a task module', async () => {
      const res = await post(
        invoke(at('aroha', { inChannel: true }), 'composeExtension/fetchTask', { commandId: 'contact', commandContext: 'compose' }),
      );
      expect(res.status).toBe(200);
      expect(res.body.task.type).toBe('continue');
      const card = res.body.task.value.card.content;
      expect(Object.keys(findInputs(card))).toEqual(
        expect.arrayContaining(['employer', 'type', 'clientRef', 'contactedOn', 'nextContactOn', 'details']),
      );
    });

    it('keeps the task module open with the errors, then logs a valid submit privately', async () => {
      // Private replies go to the personal chat the bot already has with her.
      await spokenWith('aroha');
      const before = await contacts();
      const bad = await post(
        invoke(at('aroha', { inChannel: true }), 'composeExtension/submitAction', {
          commandId: 'contact',
          data: { formCommand: 'contact', formAction: '', employer: 'X', type: 'phone', contactedOn: '2026-11-23' },
        }),
      );
      expect(bad.body.task.type).toBe('continue');
      expect(textsOf(bad.body.task.value.card.content).join('\n')).toMatch(/too short/);
      expect(await contacts()).toBe(before);

      const good = await post(
        invoke(at('aroha', { inChannel: true }), 'composeExtension/submitAction', {
          commandId: 'contact',
          data: { formCommand: 'contact', formAction: '', employer: 'Harbour Café', type: 'email', contactedOn: '2026-11-23' },
        }),
      );
      expect(good.status).toBe(200);
      expect(await contacts()).toBe(before + 1);
      const personal = await connector.waitFor((r) => r.method === 'POST' && r.conversationId === 'a:personal-aroha' && !r.activityId);
      expect(textsOf(cardOf(personal.body))).toContain('Employer contact logged');
      expect(connector.requests.filter((r) => r.conversationId?.startsWith(channelId))).toEqual([]);
    });
  });

  describe('proactive messages through the outbox', () => {
    async function send(to: Recipient, text: string): Promise<{ id: bigint }> {
      const now = bot.clock.now();
      const dedupeKey = `test:${text}`;
      await bot.database.db.$transaction((tx) => enqueue(tx, { dedupeKey, to, message: coreMessage([{ kind: 'paragraph', text }]) }, now));
      return bot.database.db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey }, select: { id: true } });
    }
    const channel: Recipient = { kind: 'conversation', conversation: { platform: 'teams', workspace: tenant, channelId, isDirect: false } };

    beforeEach(async () => {
      // The app is in the channel (its reference saved at install), and nothing
      // an earlier test left undelivered holds this test's messages back: a
      // conversation's messages keep their order.
      await post(installed(at('gus', { inChannel: true })));
      await bot.database.db.outboxMessage.updateMany({ where: { status: 'pending' }, data: { status: 'cancelled' } });
    });

    it('posts to a channel from the reference saved at install, and to a roster member’s personal chat', async () => {
      await spokenWith('aroha');
      await send(channel, 'Weekly agenda');
      const aroha = await bot.database.db.staff.findUniqueOrThrow({ where: { handle: 'aroha' } });
      await send({ kind: 'staff', staffId: aroha.id }, 'Reminder for Aroha');
      expect(await bot.core.outbox.drain()).toMatchObject({ sent: 2, failed: 0 });
      const toChannel = await connector.waitFor((r) => r.method === 'POST' && r.conversationId === channelId);
      expect(textsOf(cardOf(toChannel.body))).toContain('Weekly agenda');
      const toAroha = await connector.waitFor(
        (r) => r.method === 'POST' && r.conversationId === 'a:personal-aroha' && textsOf(cardOf(r.body)).includes('Reminder for Aroha'),
      );
      expect(toAroha.activityId).toBeUndefined();
      expect(toChannel.activityId).toBeUndefined();
      const row = await bot.database.db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: 'test:Weekly agenda' } });
      expect(row.platformRef).toMatchObject({ platform: 'teams', channelId, messageId: expect.stringMatching(/^activity-/) });
    });

    it('opens a personal chat for a roster member the bot has not spoken with yet', async () => {
      // New to the roster here, so no other test can have spoken with her.
      const hana = await bot.database.db.staff.create({
        data: {
          handle: 'hana',
          displayName: 'Hana Rewi',
          role: 'specialist',
          identities: { create: { platform: 'teams', workspace: tenant, externalId: 'aad-hana' } },
        },
      });
      await send({ kind: 'staff', staffId: hana.id }, 'Digest for Hana');
      expect(await bot.core.outbox.drain()).toMatchObject({ sent: 1 });
      const created = await connector.waitFor((r) => r.method === 'POST' && r.path === '/v3/conversations');
      expect(created.body).toMatchObject({ members: [{ id: 'aad-hana' }], tenantId: tenant, bot: { id: teamsBot.id } });
      const posted = await connector.waitFor(
        (r) => r.method === 'POST' && r.conversationId !== undefined && textsOf(cardOf(r.body)).includes('Digest for Hana'),
      );
      expect(await bot.database.db.platformConversation.findFirst({ where: { userId: 'aad-hana' } })).toMatchObject({
        channelId: posted.conversationId,
      });
    });

    it('updates and deletes a posted message through the messenger', async () => {
      const { messenger } = createTeamsBot({
        services: await bot.core.adapterServices(),
        adapter: createBotFrameworkAdapter({ appType: 'MultiTenant' }),
      });
      const posted = await messenger.post(channel, coreMessage([{ kind: 'paragraph', text: 'Celebration' }]));
      await messenger.update(posted, coreMessage([{ kind: 'paragraph', text: 'Celebration (edited)' }]));
      await messenger.delete(posted);
      const put = await connector.waitFor((r) => r.method === 'PUT' && r.activityId === posted.messageId);
      expect(put.conversationId).toBe(channelId);
      expect(textsOf(cardOf(put.body))).toEqual(['Celebration (edited)']);
      await connector.waitFor((r) => r.method === 'DELETE' && r.conversationId === channelId && r.activityId === posted.messageId);
    });

    it.each<{ status: number; headers: Record<string, string>; outcome: 'retried' | 'failed'; waitMs?: number }>([
      { status: 429, headers: { 'retry-after': '120' }, outcome: 'retried', waitMs: 120_000 },
      { status: 503, headers: {}, outcome: 'retried', waitMs: 5_000 },
      { status: 403, headers: {}, outcome: 'failed' },
    ])('hands a connector $status to the outbox as $outcome', async ({ status, headers, outcome, waitMs }) => {
      const { id } = await send(channel, `Failing with ${status}`);
      connector.failNext(status, headers);
      const result = await bot.core.outbox.drain();
      expect(result).toMatchObject({ [outcome]: 1, sent: 0 });
      const row = await bot.database.db.outboxMessage.findUniqueOrThrow({ where: { id } });
      expect(row.lastError).toContain(`HTTP ${status}`);
      if (waitMs !== undefined) expect(row.notBefore.getTime() - bot.clock.now().getTime()).toBe(waitMs);
      else expect(row.status).toBe('failed');
    });
  });

  describe('bad requests', () => {
    it.each([
      ['a body without a type', {}],
      ['a JSON array', [1, 2]],
      ['text that is not JSON', 'not json at all'],
    ])('answers %s with 400 and a JSON error', async (_what, body) => {
      const res = await post(body);
      expect(res.status).toBe(400);
      expect(typeof res.body.error).toBe('string');
    });
  });
});

describe('Teams endpoint with an app id', () => {
  it('rejects an activity without a Bot Framework token with 401', async () => {
    // A bot of its own: a started endpoint becomes its core's Teams messenger,
    // and this one (needing tokens it cannot get) must not become the other tests'.
    const own = await startTestBot();
    const secured = await startTeamsEndpoint(own, {
      appId: '00000000-0000-0000-0000-000000000001',
      appPassword: 'secret',
      appType: 'MultiTenant',
    });
    try {
      const res = await fetch(`http://127.0.0.1:${secured.port}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(message({ serviceUrl: connector.url, as: 'aroha' }, 'contact list')),
      });
      expect(res.status).toBe(401);
      expect(connector.requests).toEqual([]);
    } finally {
      await secured.stop();
      await own.close();
    }
  });
});
