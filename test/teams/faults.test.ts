// Teams correctness when things go wrong, through the real TeamsAdapter and
// the fake connector: deliveries are told apart by conversation, a failed
// member lookup falls back to the ids in the activity, a reply Teams will not
// take now arrives later through the outbox, and a turn that fails answers
// with an apology and a ref, never the error.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TestBot } from '../support/test-bot.js';
import { message, type Where } from './activities.js';
import { cardOf, textsOf } from './card-reading.js';
import { isMessage, type FakeConnector } from './fake-connector.js';
import { startTeamsWorld, type TeamsWorld } from './teams-world.js';

let world: TeamsWorld;
let bot: TestBot;
let connector: FakeConnector;
let teams: TeamsWorld['teams'];

beforeAll(async () => {
  world = await startTeamsWorld();
  ({ bot, connector, teams } = world);
});
afterAll(async () => {
  await world?.close();
});
beforeEach(() => {
  connector.requests.length = 0;
});

const at = (as: Where['as'], extra: Partial<Where> = {}) => world.at(as, extra);
const post = async (activity: unknown) => (await world.post(activity)).status;
const contactsOf = (handle: string) => bot.database.db.employerContact.count({ where: { specialist: { handle } } });

describe('Teams under faults', () => {
  it('tells apart two people’s activities that share an id in different conversations', async () => {
    const [aroha, ben] = [await contactsOf('aroha'), await contactsOf('ben')];
    await post(message(at('aroha', { id: 'same-id' }), 'contact Harbour Café phone'));
    await post(message(at('ben', { id: 'same-id' }), 'contact Quayside Logistics email'));
    expect([await contactsOf('aroha'), await contactsOf('ben')]).toEqual([aroha + 1, ben + 1]);
    const toBen = await connector.waitFor(
      (r) => r.method === 'POST' && r.conversationId === 'a:personal-ben' && r.activityId === 'same-id',
    );
    expect(textsOf(cardOf(toBen.body))).toContain('Employer: Quayside Logistics');
  });

  it('links a mentioned person by the id in the activity when the member lookup fails', async () => {
    // No member is known to the connector: GET …/members/{id} answers 404.
    const activity = message(at('gus'), 'ips staff link <at>Farah</at> farah', [{ text: '<at>Farah</at>', id: '29:farah', name: 'Farah' }]);
    expect(await post(activity)).toBe(200);
    const reply = await connector.waitFor((r) => r.method === 'POST' && r.activityId === activity.id && isMessage(r));
    expect(textsOf(cardOf(reply.body)).join('\n')).toContain('Linked');
    const farah = await bot.database.db.staff.findUniqueOrThrow({ where: { handle: 'farah' }, include: { identities: true } });
    expect(farah.identities).toContainEqual(expect.objectContaining({ platform: 'teams', externalId: '29:farah' }));
  });

  it('delivers a reply the connector refused in the turn through the outbox, once, and saves the command once', async () => {
    const before = await contactsOf('aroha');
    connector.failNext(503);
    const activity = message(at('aroha'), 'contact Seaview Bakery f2f');
    expect(await post(activity)).toBe(200);
    expect(await contactsOf('aroha')).toBe(before + 1);
    const queued = await bot.database.db.outboxMessage.findFirstOrThrow({ where: { dedupeKey: { startsWith: 'late-reply:teams:' } } });
    // Queued once; the dispatcher may already have sent it (it wakes on every enqueue), never failed or cancelled.
    expect(['pending', 'sent']).toContain(queued.status);
    await bot.core.outbox.drain();
    const later = await connector.waitFor(
      (r) =>
        r.method === 'POST' &&
        r.conversationId === 'a:personal-aroha' &&
        r.activityId === undefined &&
        JSON.stringify(r.body).includes('Seaview Bakery'),
    );
    expect(textsOf(cardOf(later.body))).toContain('Employer contact logged');
    // Teams retries the request; the command is not saved twice and the late reply not queued twice.
    await post(activity);
    expect(await contactsOf('aroha')).toBe(before + 1);
    expect(await bot.database.db.outboxMessage.count({ where: { dedupeKey: { startsWith: 'late-reply:teams:' } } })).toBe(1);
  });

  it('answers a turn that fails with an apology and a ref, never the error itself', async () => {
    // Text that is not a string is something no client sends, but nothing may crash on it.
    const broken = { ...message(at('aroha'), 'contact list'), text: 12345 };
    expect(await post(broken)).toBe(200);
    const apology = await connector.waitFor((r) => r.method === 'POST' && r.activityId === broken.id && isMessage(r));
    const said = JSON.stringify(apology.body);
    expect(said).toMatch(/Something went wrong on our side; nothing was saved \(ref E-[0-9A-F]{8}\)/);
    expect(said).not.toMatch(/replace|TypeError|is not a function/);
    expect(teams.logs.lines).toContainEqual(expect.objectContaining({ level: 'error', message: 'Teams turn failed' }));
  });
});
