// The same commands typed on the three platforms, each through its real
// adapter: the terminal adapter on a pipe, the real Bolt app with the fake
// Slack Web API, the real TeamsAdapter with the fake connector. Each driver
// has its own fresh database, so a scenario run in the same order on each
// must get the same answer from the core; what each driver returns besides
// is the platform's payloads, to be checked for well-formedness.
import { PassThrough } from 'node:stream';
import { createConsoleAdapter } from '../../adapters/console/index.js';
import type { CommandReply } from '../../src/core/invocation.js';
import { recordingReplies } from '../support/recording-services.js';
import { startTestBot, type TestBot } from '../support/test-bot.js';
import { slackUsers, startSlackHarness, type SlackHarness } from '../slack/slack-harness.js';
import { nextTriggerId, sendSigned, slashCommand, teamId } from '../slack/slack-requests.js';
import { startFakeConnector, type FakeConnector } from '../teams/fake-connector.js';
import { bot as teamsBot, linkTeamsUsers, message, tenant, type UserName } from '../teams/activities.js';
import { startTeamsEndpoint, type TeamsEndpoint } from '../teams/teams-harness.js';

export type Payload =
  | { kind: 'text'; text: string }
  | { kind: 'slack-message'; body: Record<string, unknown> }
  | { kind: 'slack-modal'; view: Record<string, unknown> }
  | { kind: 'slack-upload'; file: Buffer; name: string }
  | { kind: 'teams-activity'; body: Record<string, unknown> };

export interface Run {
  reply: CommandReply;
  payloads: Payload[];
}

export interface Driver {
  readonly name: 'console' | 'slack' | 'teams';
  readonly bot: TestBot;
  /** Types `line` ("/contact …") as the roster member `handle`, in a channel when `inChannel`. */
  run(handle: UserName | 'chen' | 'farah', line: string, options?: { inChannel?: boolean; deliveryId?: string }): Promise<Run>;
  /** Sends what the outbox holds now; the payloads that reached the platform. */
  drain(): Promise<Payload[]>;
  close(): Promise<void>;
}

async function waitUntil(done: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

export async function consoleDriver(): Promise<Driver> {
  const bot = await startTestBot();
  const input = new PassThrough();
  const output = new PassThrough();
  let screen = '';
  output.on('data', (chunk: Buffer) => (screen += chunk.toString()));
  let drains = 0;
  const base = await bot.core.adapterServices();
  const { services, replies } = recordingReplies({
    ...base,
    async drainOutbox() {
      await base.drainOutbox();
      drains++;
    },
  });
  const terminal = createConsoleAdapter(services, { as: 'aroha', input, output, interactive: false, filesDir: 'out/contract' });
  bot.core.outbox.register(terminal.messenger);
  await terminal.start();
  return {
    name: 'console',
    bot,
    async run(handle, line) {
      const [from, repliesBefore, drainsBefore] = [screen.length, replies.length, drains];
      input.write(`/as ${handle}\n${line}\n`);
      await waitUntil(() => replies.length > repliesBefore, `the reply to ${line}`);
      const reply = replies.at(-1)!;
      if (reply.kind === 'form') {
        input.write('/cancel\n');
        await waitUntil(() => screen.includes('(form cancelled', from), 'the form to be cancelled');
      } else {
        await waitUntil(() => drains > drainsBefore, `the terminal to finish ${line}`);
      }
      return { reply, payloads: [{ kind: 'text', text: screen.slice(from) }] };
    },
    async drain() {
      const from = screen.length;
      await bot.core.outbox.drain();
      const shown = screen.slice(from);
      return shown ? [{ kind: 'text', text: shown }] : [];
    },
    async close() {
      input.end();
      await terminal.done;
      await bot.close();
    },
  };
}

const slackUserOf = (handle: string) => slackUsers[handle as keyof typeof slackUsers];

export async function slackDriver(): Promise<Driver> {
  const h: SlackHarness = await startSlackHarness();
  // The demo's channels, on Slack: the same channels, so the same posts.
  await h.bot.database.db.channelBinding.updateMany({ data: { platform: 'slack', workspace: teamId } });
  let sequence = 0;
  const callsFrom = (from: number) => h.fake.calls.slice(from);
  return {
    name: 'slack',
    bot: h.bot,
    async run(handle, line, options = {}) {
      const m = /^\/(\S+)\s*([\s\S]*)$/.exec(line)!;
      const id = `contract-${++sequence}`;
      const [repliesBefore, callsBefore] = [h.replies.length, h.fake.calls.length];
      const request = slashCommand({
        command: `/${m[1]!}`,
        text: m[2]!,
        userId: slackUserOf(handle),
        channelId: options.inChannel === false ? `D0${handle.toUpperCase()}` : 'C0HARBOUR',
        triggerId: options.deliveryId ?? nextTriggerId(),
        responseUrl: h.fake.responseUrl(id),
      });
      await sendSigned(h.port, request);
      await waitUntil(() => h.replies.length > repliesBefore, `the reply to ${line}`);
      const reply = h.replies.at(-1)!;
      const answered = () => {
        const calls = callsFrom(callsBefore);
        if (reply.kind === 'form') return calls.some((c) => c.method === 'views.open');
        if (reply.message.files?.length)
          return calls.some((c) => c.method === `respond/${id}`) || calls.some((c) => c.method === 'files.completeUploadExternal');
        return calls.some((c) => c.method === `respond/${id}` || c.method === 'chat.postEphemeral' || c.method === 'chat.postMessage');
      };
      await waitUntil(answered, `Slack's answer to ${line}`);
      if (reply.kind !== 'form' && reply.message.files?.length) {
        await waitUntil(() => callsFrom(callsBefore).some((c) => c.method === 'files.completeUploadExternal'), 'the uploads');
      }
      // As the terminal does: what the command sent to others goes before the next command.
      await h.bot.core.outbox.drain();
      return { reply, payloads: slackPayloads(callsFrom(callsBefore)) };
    },
    async drain() {
      const from = h.fake.calls.length;
      await h.bot.core.outbox.drain();
      return slackPayloads(callsFrom(from));
    },
    close: () => h.close(),
  };
}

function slackPayloads(calls: SlackHarness['fake']['calls']): Payload[] {
  return calls.flatMap((c): Payload[] => {
    if (c.method === 'views.open') return [{ kind: 'slack-modal', view: c.body.view as Record<string, unknown> }];
    if (c.method.startsWith('respond/') || c.method === 'chat.postMessage' || c.method === 'chat.postEphemeral')
      return [{ kind: 'slack-message', body: c.body }];
    if (c.method.startsWith('upload/') && c.file) return [{ kind: 'slack-upload', file: c.file, name: c.method.slice('upload/F'.length) }];
    return [];
  });
}

export async function teamsDriver(): Promise<Driver> {
  const bot = await startTestBot();
  await linkTeamsUsers(bot.database.db);
  const connector: FakeConnector = await startFakeConnector();
  const teams: TeamsEndpoint = await startTeamsEndpoint(bot, { appType: 'MultiTenant' }, { publicUrl: 'https://ips-bot.example.org' });
  const post = async (activity: unknown) => {
    const res = await fetch(`http://127.0.0.1:${teams.port}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
    await res.arrayBuffer();
  };
  // The demo's channels, on Teams: the app installed in each (a saved reference), bound as in the demo.
  const services = await bot.core.adapterServices();
  for (const binding of await bot.database.db.channelBinding.findMany()) {
    const conversation = { id: binding.channelId, conversationType: 'channel', tenantId: tenant };
    const reference = { serviceUrl: connector.url, channelId: 'msteams', bot: teamsBot, conversation };
    await services.conversations.save('teams', { workspace: tenant, channelId: binding.channelId, userId: null, reference });
  }
  await bot.database.db.channelBinding.updateMany({ data: { platform: 'teams', workspace: tenant } });
  const activitiesFrom = (from: number): Payload[] =>
    connector.requests
      .slice(from)
      .flatMap((r) => (r.method === 'POST' && r.body ? [{ kind: 'teams-activity', body: r.body as Record<string, unknown> }] : []));
  return {
    name: 'teams',
    bot,
    async run(handle, line, options = {}) {
      const [repliesBefore, requestsBefore] = [teams.replies.length, connector.requests.length];
      const activity = message(
        {
          serviceUrl: connector.url,
          as: handle as UserName,
          inChannel: options.inChannel ?? false,
          ...(options.deliveryId ? { id: options.deliveryId } : {}),
        },
        line.replace(/^\//, ''),
      );
      await post(activity);
      await waitUntil(() => teams.replies.length > repliesBefore, `the reply to ${line}`);
      await waitUntil(() => activitiesFrom(requestsBefore).length > 0, `Teams' answer to ${line}`);
      // As the terminal does: what the command sent to others goes before the next command.
      await bot.core.outbox.drain();
      return { reply: teams.replies.at(-1)!, payloads: activitiesFrom(requestsBefore) };
    },
    async drain() {
      const from = connector.requests.length;
      await bot.core.outbox.drain();
      return activitiesFrom(from);
    },
    async close() {
      await teams.stop();
      await connector.close();
      await bot.close();
    },
  };
}
