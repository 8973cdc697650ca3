// Turn level: the real Teams AI application on botbuilder's TestAdapter, no HTTP.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTeamsBot, type TeamsBot } from '../../adapters/teams/teams-bot.js';
import { startTestBot, type TestBot } from '../support/test-bot.js';
import { cardSubmit, linkTeamsUsers, message, users, type Where } from './activities.js';
import { cardOf, textsOf } from './card-reading.js';
import { ProactiveTestAdapter } from './proactive-test-adapter.js';

let bot: TestBot;
let teams: TeamsBot;
let adapter: ProactiveTestAdapter;

beforeAll(async () => {
  bot = await startTestBot();
  await linkTeamsUsers(bot.database.db);
  adapter = new ProactiveTestAdapter(async (context) => {
    await teams.app.run(context);
  });
  teams = createTeamsBot({ services: await bot.core.adapterServices(), adapter });
});
afterAll(async () => {
  await bot?.close();
});
beforeEach(() => {
  adapter.activeQueue.length = 0;
});

/** What the bot sent, without the "typing" indicator Teams AI shows while a command runs. */
const sent = () => adapter.activeQueue.filter((a) => a.type === 'message');

/** Our activities are JSON as the connector posts it (timestamps as strings). */
const turn = (activity: object) => adapter.processActivity(activity);
const at = (as: Where['as'], extra: Partial<Where> = {}): Where => ({ serviceUrl: 'https://smba.invalid/', as, ...extra });
const contactsOf = async (handle: string) => bot.database.db.employerContact.count({ where: { specialist: { handle } } });

describe('Teams turns', () => {
  it('answers a typed contact in the personal chat with the logged contact', async () => {
    const before = await contactsOf('aroha');
    await turn(message(at('aroha'), "contact Perry's Garden Centre f2f for SJ-14"));
    expect(sent()).toHaveLength(1);
    const reply = sent()[0]!;
    expect(reply.conversation?.id).toBe('a:personal-aroha');
    expect(textsOf(cardOf(reply as never))).toEqual(
      expect.arrayContaining(['Employer contact logged', "Employer: Perry's Garden Centre", 'For: SJ-14']),
    );
    expect(reply.summary).toBe('Employer contact logged');
    expect(await contactsOf('aroha')).toBe(before + 1);
  });

  it('writes nothing twice when Teams redelivers an activity', async () => {
    const before = await contactsOf('aroha');
    const activity = message(at('aroha'), 'contact Harbour Café email');
    await turn({ ...activity });
    await turn({ ...activity });
    expect(await contactsOf('aroha')).toBe(before + 1);
    expect(sent()).toHaveLength(2);
  });

  it('sends the reply to a channel command to the caller’s new personal chat', async () => {
    await turn(message(at('ben', { inChannel: true }), '/contact list'));
    expect(adapter.created).toHaveLength(1);
    expect(adapter.created[0]!.parameters).toMatchObject({ members: [{ id: users.ben.aad }], isGroup: false });
    expect(sent().map((a) => a.conversation?.id)).toEqual([adapter.created[0]!.id]);
    expect(textsOf(cardOf(sent()[0] as never))).toContain('Your employer contacts this week');
  });

  it('runs a card button’s command as the clicking user', async () => {
    // Undo needs a contact of Aroha's logged within its window: she logs one first.
    await turn(message(at('aroha'), 'contact Quayside Logistics phone'));
    const before = await contactsOf('aroha');
    adapter.activeQueue.length = 0; // only the click's reply is read below
    await turn(cardSubmit(at('aroha'), { command: 'contact', args: 'undo' }, 'card-9'));
    expect(textsOf(cardOf(sent()[0] as never))).toContain('Contact removed');
    expect(await contactsOf('aroha')).toBe(before - 1);
  });

  it('takes a mentioned person’s AAD id from the mention entity', async () => {
    await turn(
      message(at('gus'), 'ips staff link <at>Farah Aziz</at> farah', [
        { text: '<at>Farah Aziz</at>', id: '29:farah', name: 'Farah Aziz', aadObjectId: 'aad-farah' },
      ]),
    );
    const identity = await bot.database.db.staffIdentity.findFirst({
      where: { platform: 'teams', externalId: 'aad-farah' },
      include: { staff: true },
    });
    expect(identity?.staff.handle).toBe('farah');
  });
});
