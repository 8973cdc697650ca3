import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { event, interaction, nextTriggerId, sendSigned, slashCommand, teamId } from './slack-requests.js';
import { slackUsers, startSlackHarness, strangerId, type SlackHarness } from './slack-harness.js';

let h: SlackHarness;
/** The modal the bot opened for /contact, as Slack would send it back on submission. */
let modal: { blocks: { type: string; block_id: string }[]; private_metadata: string; callback_id: string };

beforeAll(async () => {
  h = await startSlackHarness();
  await h.bot.say('aroha', "/contact Perry's Garden Centre f2f");
  await h.bot.say('aroha', '/contact Beautiful Blooms Nursery phone');
  await sendSigned(h.port, slashCommand({ command: '/contact', userId: slackUsers.aroha, responseUrl: h.fake.responseUrl('open') }));
  modal = (await h.fake.waitFor('views.open')).body.view as typeof modal;
});
afterAll(async () => {
  await h?.close();
});

type Fields = { employer?: string; newEmployer?: string; type?: string; client?: string; date?: string; next?: string; notes?: string };
let viewSequence = 0;

function submission(fields: Fields, view: { id?: string; hash?: string } = {}) {
  const select = (value?: string) => ({
    type: 'static_select',
    selected_option: value ? { text: { type: 'plain_text', text: value }, value } : null,
  });
  return interaction({
    type: 'view_submission',
    team: { id: teamId, domain: 'harbour' },
    user: { id: slackUsers.aroha, username: 'aroha', name: 'aroha', team_id: teamId },
    api_app_id: 'A0IPSBOT',
    token: 'legacy-verification-token',
    trigger_id: nextTriggerId(),
    view: {
      ...modal,
      id: view.id ?? `V0SUBMIT${++viewSequence}`,
      team_id: teamId,
      type: 'modal',
      hash: view.hash ?? '1700000000.abcdef',
      app_id: 'A0IPSBOT',
      bot_id: 'BBOT0001',
      state: {
        values: {
          employer: { suggest_employers: { ...select(fields.employer), type: 'external_select' } },
          'employer.new': { 'employer.new': { type: 'plain_text_input', value: fields.newEmployer ?? null } },
          type: { type: select(fields.type ?? 'face_to_face') },
          clientRef: { clientRef: select(fields.client) },
          contactedOn: { contactedOn: { type: 'datepicker', selected_date: fields.date ?? '2026-11-23' } },
          nextContactOn: { nextContactOn: { type: 'datepicker', selected_date: fields.next ?? null } },
          details: { details: { type: 'plain_text_input', value: fields.notes ?? null } },
        },
      },
    },
  });
}

const contactCount = () => h.bot.database.db.employerContact.count();

describe('the contact modal', () => {
  it.each([
    ['no employer picked or typed', {}, 'employer', 'employer name is missing'],
    ['a new employer name too short', { newEmployer: 'X' }, 'employer.new', 'too short'],
    ['a contact date in the future', { employer: "Perry's Garden Centre", date: '2026-11-25' }, 'contactedOn', 'in the future'],
    [
      'a next contact before this one',
      { employer: "Perry's Garden Centre", date: '2026-11-20', next: '2026-11-19' },
      'nextContactOn',
      'before this one',
    ],
    ['a person not on the caseload', { employer: "Perry's Garden Centre", client: 'RB-33' }, 'clientRef', 'caseload'],
  ] as const)('%s: field error in the modal, nothing written', async (_, fields, block, words) => {
    const before = await contactCount();
    const ack = await sendSigned(h.port, submission(fields));
    expect(ack.status).toBe(200);
    const body = JSON.parse(ack.text) as { response_action: string; errors: Record<string, string> };
    expect(body.response_action).toBe('errors');
    expect(Object.keys(body.errors)).toEqual([block]);
    expect(body.errors[block]).toContain(words);
    expect(await contactCount()).toBe(before);
  });

  it('a good submission clears the modal, writes the row, and confirms ephemerally in the channel', async () => {
    const before = h.fake.callsTo('chat.postEphemeral').length;
    const ack = await sendSigned(
      h.port,
      submission({ employer: "Perry's Garden Centre", client: 'SJ-14', next: '2026-11-30', notes: 'Met the owner' }),
    );
    expect(JSON.parse(ack.text)).toEqual({ response_action: 'clear' });
    const confirmation = await h.fake.waitFor('chat.postEphemeral', before + 1);
    expect(confirmation.body).toMatchObject({ channel: 'C0HARBOUR', user: slackUsers.aroha });
    expect(String(confirmation.body.text)).toContain('Employer contact logged');
    const row = await h.bot.database.db.employerContact.findFirst({
      where: { details: 'Met the owner' },
      include: { employer: true, client: true },
    });
    expect(row).toMatchObject({ type: 'face_to_face', employer: { name: "Perry's Garden Centre" }, client: { ref: 'SJ-14' }, cupOfTea: 2 });
    expect(row?.nextContactOn?.toISOString().slice(0, 10)).toBe('2026-11-30');
  });

  it('a new employer typed in full wins over the picked one, and a resubmitted view (same id and hash) writes once', async () => {
    const request = submission(
      { employer: "Perry's Garden Centre", newEmployer: 'Quayside Cafe', type: 'visit' },
      { id: 'V0RESENT', hash: '1700000001.resent' },
    );
    const first = await sendSigned(h.port, request);
    const again = await sendSigned(h.port, request, { headers: { 'x-slack-retry-num': '1' } });
    expect(JSON.parse(first.text)).toEqual({ response_action: 'clear' });
    expect(JSON.parse(again.text)).toEqual({ response_action: 'clear' });
    const rows = await h.bot.database.db.employerContact.findMany({ where: { employer: { name: 'Quayside Cafe' } } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.type).toBe('visit');
  });

  it("block_suggestion answers with the organisation's employers matching what was typed", async () => {
    const suggest = (value: string, userId: string = slackUsers.aroha) =>
      sendSigned(
        h.port,
        interaction({
          type: 'block_suggestion',
          user: { id: userId, team_id: teamId },
          team: { id: teamId, domain: 'harbour' },
          api_app_id: 'A0IPSBOT',
          token: 'legacy-verification-token',
          action_id: 'suggest_employers',
          block_id: 'employer',
          value,
          container: { type: 'view', view_id: 'V0OPEN' },
          view: { ...modal, id: 'V0OPEN', type: 'modal' },
        }),
      ).then((r) => JSON.parse(r.text) as { options: { text: { text: string }; value: string }[] });
    expect((await suggest('perr')).options).toEqual([
      { text: { type: 'plain_text', text: "Perry's Garden Centre" }, value: "Perry's Garden Centre" },
    ]);
    expect((await suggest('')).options.map((o) => o.value)).toEqual(
      expect.arrayContaining(["Perry's Garden Centre", 'Beautiful Blooms Nursery']),
    );
    expect((await suggest('zzz')).options).toEqual([]);
    expect((await suggest('perr', strangerId)).options).toEqual([]);
  });
});

function buttonPress(args: { command: string; args: string }, where: 'message' | 'home') {
  const common = {
    type: 'block_actions',
    user: { id: slackUsers.aroha, username: 'aroha', team_id: teamId },
    api_app_id: 'A0IPSBOT',
    token: 'legacy-verification-token',
    trigger_id: nextTriggerId(),
    team: { id: teamId, domain: 'harbour' },
    actions: [
      {
        action_id: 'run:0.0.0',
        block_id: 'b1',
        type: 'button',
        text: { type: 'plain_text', text: 'Go' },
        value: JSON.stringify(args),
        action_ts: '1700000000.1',
      },
    ],
  };
  return where === 'message'
    ? interaction({
        ...common,
        container: { type: 'message', message_ts: '1700000000.000100', channel_id: 'C0HARBOUR', is_ephemeral: true },
        channel: { id: 'C0HARBOUR', name: 'harbour-ips' },
        response_url: h.fake.responseUrl('button'),
      })
    : interaction({
        ...common,
        container: { type: 'view', view_id: 'V0HOME' },
        view: { id: 'V0HOME', type: 'home', blocks: [], hash: 'h', team_id: teamId },
      });
}

describe('buttons', () => {
  it('a button in a message runs its command as the person who pressed it and answers ephemerally', async () => {
    const ack = await sendSigned(h.port, buttonPress({ command: 'contact', args: 'list' }, 'message'));
    expect(ack.status).toBe(200);
    const respond = await h.fake.waitFor('respond/button');
    expect(respond.body.response_type).toBe('ephemeral');
    expect(String(respond.body.text)).toContain('Your employer contacts this week');
    expect(String(respond.body.text)).toContain('Beautiful Blooms Nursery');
  });

  it('a form button on the App Home opens the modal with its trigger id', async () => {
    const before = h.fake.callsTo('views.open').length;
    const press = buttonPress({ command: 'contact', args: 'form' }, 'home');
    await sendSigned(h.port, press);
    const open = await h.fake.waitFor('views.open', before + 1);
    const triggerId = (JSON.parse(new URLSearchParams(press.body).get('payload')!) as { trigger_id: string }).trigger_id;
    expect(open.body.trigger_id).toBe(triggerId);
    // Opened from the home tab: no channel, so the confirmation will go to a DM.
    expect(JSON.parse((open.body.view as { private_metadata: string }).private_metadata)).toEqual({ command: 'contact', action: '' });
  });
});

describe('App Home', () => {
  it("publishes the person's week with buttons that open their forms", async () => {
    const before = h.fake.callsTo('views.publish').length;
    const ack = await sendSigned(
      h.port,
      event({ type: 'app_home_opened', user: slackUsers.aroha, channel: 'D0AROHA01', tab: 'home', event_ts: '1700000000.2' }),
    );
    expect(ack.status).toBe(200);
    const publish = await h.fake.waitFor('views.publish', before + 1);
    expect(publish.body.user_id).toBe(slackUsers.aroha);
    const view = publish.body.view as { type: string; blocks: { type: string; elements?: { value?: string }[] }[] };
    expect(view.type).toBe('home');
    // The home shows what `/ips me` answers this person (or, before that command existed, `/contact list`).
    const asAroha = { platform: 'slack' as const, conversation: { workspace: teamId, channelId: 'D0AROHA01' } };
    const me = (await h.bot.say(slackUsers.aroha, '/ips me', asAroha)).reply;
    const expected = me.kind === 'message' ? me : (await h.bot.say(slackUsers.aroha, '/contact list', asAroha)).reply;
    expect(expected.kind).toBe('message');
    const heading = expected.kind === 'message' ? expected.message.blocks.find((b) => b.kind === 'heading') : undefined;
    expect(view.blocks[0]).toMatchObject({ type: 'header', text: { text: heading && 'text' in heading ? heading.text : '' } });
    const buttons = view.blocks.filter((b) => b.type === 'actions').flatMap((b) => b.elements ?? []);
    expect(buttons.map((b) => JSON.parse(b.value!))).toContainEqual({ command: 'contact', args: 'form' });
  });

  it('someone not on the roster sees how to get linked', async () => {
    const before = h.fake.callsTo('views.publish').length;
    await sendSigned(
      h.port,
      event({ type: 'app_home_opened', user: strangerId, channel: 'D0STRANGE', tab: 'home', event_ts: '1700000000.3' }),
    );
    const publish = await h.fake.waitFor('views.publish', before + 1);
    const text = JSON.stringify(publish.body.view);
    expect(text).toContain('/ips staff link');
    expect(text).toContain(`<@${strangerId}>`);
    expect(text).not.toContain('"actions"');
  });
});
