// Consent withdrawn after a celebration was posted in a Teams channel: the
// edit to the anonymous form goes through the real TeamsAdapter to a fake
// Bot Connector, as an update of the very activity that was posted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelId, installed, tenant } from '../teams/activities.js';
import { cardOf, textsOf } from '../teams/card-reading.js';
import { startTeamsWorld, type TeamsWorld } from '../teams/teams-world.js';
import { recordingMessenger } from '../clinical/recording-messenger.js';

let world: TeamsWorld;

type Activity = Parameters<typeof cardOf>[0];
/** The card's texts of what the bot sent the connector. */
const textsSent = (body: unknown) => textsOf(cardOf(body as Activity));

beforeAll(async () => {
  world = await startTeamsWorld();
  world.bot.core.outbox.register(recordingMessenger()); // the demo's terminal channels
  await world.post(installed(world.at('gus', { inChannel: true }))); // saves the channel's conversation reference
  const db = world.bot.database.db;
  const northside = await db.clinicalTeam.findUniqueOrThrow({ where: { key: 'northside' } });
  await db.channelBinding.create({ data: { platform: 'teams', workspace: tenant, channelId, clinicalTeamId: northside.id } });
});
afterAll(async () => {
  await world.close();
});

describe('a withdrawal after posting, on Teams', () => {
  it('updates the posted activity to the anonymous form', async () => {
    const { bot, connector } = world;
    for (const line of ['/client consent SJ-14 name Sam', '/jobstart SJ-14 Harbour Cafe, barista today']) {
      expect((await bot.say('aroha', line)).reply.kind).toBe('message');
    }
    await bot.core.outbox.drain();
    const posted = await connector.waitFor(
      (r) => r.method === 'POST' && r.conversationId === channelId && textsSent(r.body).some((t) => t.includes('Sam')),
    );
    expect(textsSent(posted.body).join(' ')).toContain('Harbour Café');
    const row = await bot.database.db.outboxMessage.findFirstOrThrow({ where: { orderingKey: { startsWith: 'teams:' }, status: 'sent' } });
    const { messageId } = row.platformRef as { messageId: string };

    expect((await bot.say('aroha', '/client consent SJ-14 none')).text).toContain(
      '3 posts already in a channel name SJ-14. Edit them to the anonymous form?',
    );
    expect((await bot.say('aroha', '/celebrate anonymise SJ-14')).reply.kind).toBe('message');
    await bot.core.outbox.drain();
    const put = await connector.waitFor((r) => r.method === 'PUT' && r.activityId === messageId);
    expect(put.conversationId).toBe(channelId);
    const edited = textsSent(put.body).join(' ');
    expect(edited).toMatch(/someone on the Northside CMHT caseload/i);
    expect(edited).not.toMatch(/Sam|Harbour Café/);
  });
});
