import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextTriggerId, sendSigned, sign, slashCommand, teamId } from './slack-requests.js';
import { slackUsers, startSlackHarness, strangerId, type SlackHarness } from './slack-harness.js';

let h: SlackHarness;
beforeAll(async () => {
  h = await startSlackHarness();
});
afterAll(async () => {
  await h?.close();
});

const contactsOfAroha = async () =>
  h.bot.database.db.employerContact.findMany({ where: { specialist: { handle: 'aroha' } }, include: { employer: true, client: true } });

describe('slash commands over HTTP', () => {
  it('/contact typed: acks at once with an empty body, then sends the confirmation to response_url and writes the row', async () => {
    const ack = await sendSigned(
      h.port,
      slashCommand({
        command: '/contact',
        text: 'M&amp;S Foodhall f2f for SJ-14 met the store manager',
        userId: slackUsers.aroha,
        responseUrl: h.fake.responseUrl('typed'),
      }),
    );
    expect(ack).toEqual({ status: 200, text: '' });
    const respond = await h.fake.waitFor('respond/typed');
    expect(respond.body).toMatchObject({ response_type: 'ephemeral' });
    expect(String(respond.body.text)).toContain('M&amp;S Foodhall');
    const blocks = respond.body.blocks as { type: string; text?: { text: string } }[];
    expect(blocks[0]).toMatchObject({ type: 'header', text: { text: 'Employer contact logged' } });
    const rows = await contactsOfAroha();
    expect(rows.map((r) => [r.employer.name, r.type, r.client?.ref, r.details])).toContainEqual([
      'M&S Foodhall',
      'face_to_face',
      'SJ-14',
      'met the store manager',
    ]);
  });

  it('acks while the command is still waiting on the database, and answers once it can run', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    // Another transaction holds the employers: the command cannot finish until it lets go.
    const holding = h.bot.database.db.$transaction(
      async (tx) => {
        await tx.$executeRaw`LOCK TABLE "Employer" IN EXCLUSIVE MODE`;
        locked();
        await gate;
      },
      { timeout: 20_000 },
    );
    await isLocked;
    try {
      const started = performance.now();
      const ack = await sendSigned(
        h.port,
        slashCommand({ command: '/contact', text: 'Harbour Cafe f2f', userId: slackUsers.aroha, responseUrl: h.fake.responseUrl('held') }),
      );
      expect(ack).toEqual({ status: 200, text: '' });
      expect(performance.now() - started).toBeLessThan(1500);
      expect(h.fake.calls.some((c) => c.method === 'respond/held')).toBe(false);
    } finally {
      release();
      await holding;
    }
    const respond = await h.fake.waitFor('respond/held');
    expect(String(respond.body.text)).toContain('Employer contact logged');
  });

  it.each([
    ['no arguments', ''],
    ['"form"', 'form'],
  ])('/contact with %s opens the modal with the trigger id', async (_, text) => {
    const triggerId = nextTriggerId();
    const before = h.fake.callsTo('views.open').length;
    const ack = await sendSigned(
      h.port,
      slashCommand({ command: '/contact', text, userId: slackUsers.aroha, triggerId, responseUrl: h.fake.responseUrl(`form-${text}`) }),
    );
    expect(ack.status).toBe(200);
    const open = await h.fake.waitFor('views.open', before + 1);
    expect(open.body.trigger_id).toBe(triggerId);
    const view = open.body.view as {
      type: string;
      callback_id: string;
      private_metadata: string;
      blocks: { block_id: string; element: { type: string } }[];
    };
    expect(view).toMatchObject({ type: 'modal', callback_id: 'ips_form' });
    expect(JSON.parse(view.private_metadata)).toEqual({ command: 'contact', action: '', channel: 'C0HARBOUR' });
    expect(view.blocks.map((b) => [b.block_id, b.element.type])).toEqual([
      ['employer', 'external_select'],
      ['employer.new', 'plain_text_input'],
      ['type', 'static_select'],
      ['clientRef', 'static_select'],
      ['contactedOn', 'datepicker'],
      ['nextContactOn', 'datepicker'],
      ['details', 'plain_text_input'],
    ]);
  });

  it('a burst of 30 commands at once: every one acked, written and answered, none lost to a busy database', async () => {
    const before = await h.bot.database.db.employerContact.count();
    const burst = Array.from({ length: 30 }, (_, i) =>
      slashCommand({
        command: '/contact',
        text: `Burst Bakery ${i} phone`,
        userId: slackUsers.aroha,
        responseUrl: h.fake.responseUrl(`burst-${i}`),
      }),
    );
    const acks = await Promise.all(burst.map((request) => sendSigned(h.port, request)));
    expect(acks.map((a) => a.status)).toEqual(burst.map(() => 200));
    for (let i = 0; i < burst.length; i++) {
      expect(String((await h.fake.waitFor(`respond/burst-${i}`, 1, 60_000)).body.text)).toContain('Employer contact logged');
    }
    expect(await h.bot.database.db.employerContact.count()).toBe(before + 30);
  });

  it('a retried slash command (same trigger id, x-slack-retry-num) writes once', async () => {
    const request = slashCommand({
      command: '/contact',
      text: 'Harbour Bakery phone',
      userId: slackUsers.aroha,
      triggerId: nextTriggerId(),
      responseUrl: h.fake.responseUrl('retry'),
    });
    expect((await sendSigned(h.port, request)).status).toBe(200);
    await h.fake.waitFor('respond/retry', 1);
    const retry = await sendSigned(h.port, request, { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    expect(retry.status).toBe(200);
    const second = await h.fake.waitFor('respond/retry', 2);
    expect(String(second.body.text)).toContain('Employer contact logged');
    const rows = (await contactsOfAroha()).filter((r) => r.employer.name === 'Harbour Bakery');
    expect(rows).toHaveLength(1);
  });

  it('someone not on the roster is told how to get linked, and nothing is written', async () => {
    const before = await h.bot.database.db.employerContact.count();
    await sendSigned(
      h.port,
      slashCommand({ command: '/contact', text: 'Harbour Bakery f2f', userId: strangerId, responseUrl: h.fake.responseUrl('stranger') }),
    );
    const respond = await h.fake.waitFor('respond/stranger');
    expect(String(respond.body.text)).toContain('/ips staff link');
    expect(await h.bot.database.db.employerContact.count()).toBe(before);
  });

  it("/ips staff link passes Slack's escaped mention through to the core", async () => {
    await sendSigned(
      h.port,
      slashCommand({
        command: '/ips',
        text: 'staff link <@U0CHEN001|chen> chen',
        userId: slackUsers.gus,
        responseUrl: h.fake.responseUrl('link'),
      }),
    );
    const respond = await h.fake.waitFor('respond/link');
    expect(String(respond.body.text)).toContain('Linked');
    const identity = await h.bot.database.db.staffIdentity.findFirst({
      where: { platform: 'slack', externalId: 'U0CHEN001' },
      include: { staff: true },
    });
    expect(identity).toMatchObject({ workspace: teamId, staff: { handle: 'chen' } });
  });

  it('every command of the core is reachable as a slash command', async () => {
    for (const command of h.bot.core.router.registry.commands) {
      const id = `reach-${command.name}`;
      const ack = await sendSigned(
        h.port,
        slashCommand({ command: `/${command.name}`, text: 'help', userId: slackUsers.dana, responseUrl: h.fake.responseUrl(id) }),
      );
      expect(ack.status, `/${command.name}`).toBe(200);
      const respond = await h.fake.waitFor(`respond/${id}`);
      expect(String(respond.body.text), `/${command.name}`).not.toContain('There is no /');
    }
  });

  it("every command with a form opens a modal within Slack's limits", async () => {
    const byRole = { specialist: slackUsers.aroha, supervisor: slackUsers.dana, clinician: slackUsers.eli, admin: slackUsers.gus } as const;
    const withForms = h.bot.core.router.registry.commands.flatMap((c) =>
      c.actions.filter((a) => a.form).map((a) => ({ ...a, name: c.name })),
    );
    expect(withForms.map((c) => c.name)).toContain('contact');
    for (const command of withForms) {
      const before = h.fake.callsTo('views.open').length;
      const id = `form-of-${command.name}-${command.words}`;
      await sendSigned(
        h.port,
        slashCommand({
          command: `/${command.name}`,
          text: command.words || 'form',
          userId: byRole[command.roles[0]!],
          responseUrl: h.fake.responseUrl(id),
        }),
      );
      const open = await h.fake.waitFor('views.open', before + 1).catch(async () => {
        throw new Error(
          `/${command.name} form opened no modal; it answered: ${JSON.stringify(h.fake.callsTo(`respond/${id}`)[0]?.body.text)}`,
        );
      });
      const view = open.body.view as {
        title: { text: string };
        submit: { text: string };
        blocks: { type: string; block_id: string; label: { text: string }; element: { type: string; options?: unknown[] } }[];
      };
      expect(view.title.text.length, command.name).toBeLessThanOrEqual(24);
      expect(view.submit.text.length, command.name).toBeLessThanOrEqual(24);
      expect(view.blocks.length, command.name).toBeLessThanOrEqual(100);
      for (const block of view.blocks) {
        expect(block.type, `${command.name} ${block.block_id}`).toBe('input');
        expect(block.label.text.length, `${command.name} ${block.block_id}`).toBeLessThanOrEqual(2000);
        if (block.element.type === 'static_select')
          expect(block.element.options?.length, `${command.name} ${block.block_id}`).toBeGreaterThan(0);
      }
    }
  });
});

describe('request verification', () => {
  const body = () =>
    slashCommand({ command: '/contact', text: 'Harbour Bakery f2f', userId: slackUsers.aroha, responseUrl: h.fake.responseUrl('forged') });
  const now = () => Math.floor(Date.now() / 1000);
  it.each([
    ['a bad signature', () => ({ signature: sign('something else', now()) })],
    ['a signature made with another secret', () => ({ signature: sign(body().body, now(), 'not-our-secret') })],
    [
      'a stale timestamp (over 5 minutes old)',
      () => {
        const old = now() - 6 * 60;
        return { timestamp: old, signature: sign(body().body, old) };
      },
    ],
    ['no signature', () => ({ signature: null })],
  ])('%s gets 401 and runs nothing', async (_, options) => {
    const before = await h.bot.database.db.employerContact.count();
    const response = await sendSigned(h.port, body(), options());
    expect(response.status).toBe(401);
    expect(await h.bot.database.db.employerContact.count()).toBe(before);
    expect(h.fake.callsTo('respond/forged')).toHaveLength(0);
  });
});
