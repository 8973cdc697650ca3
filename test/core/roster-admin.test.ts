import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../support/test-bot.js';

let bot: TestBot;
beforeAll(async () => {
  bot = await startTestBot();
});
afterAll(async () => {
  await bot?.close();
});

const slackChannel = { platform: 'slack' as const, workspace: 'T1', channelId: 'C42', isDirect: false };

describe('/ips staff link and /ips channel bind', () => {
  it('links a chat account (Slack-escaped mention) to a roster member, who can then log contacts', async () => {
    const { text } = await bot.say('gus', '/ips staff link <@U777|aroha.n> aroha');
    expect(text).toContain('is Aroha Ngata (aroha, specialist) on console');
    await bot.say('gus', '/ips staff link <@U900> ben', { platform: 'console' });
    const identity = await bot.database.db.staffIdentity.findFirst({ where: { externalId: 'U900' }, include: { staff: true } });
    expect(identity?.staff.handle).toBe('ben');
  });

  it('lets only admins link and bind', async () => {
    const { reply, text } = await bot.say('dana', '/ips staff link <@U1> dana');
    expect(reply.kind).toBe('error');
    expect(text).toContain('your role is supervisor');
  });

  it.each([
    ['/ips staff link aroha', /Mention the person/],
    ['/ips staff link <@U1> nobody', /No one on the roster has the handle "nobody"/],
  ])('%s is refused with an example', async (line, message) => {
    const { reply, text } = await bot.say('gus', line);
    expect(reply.kind).toBe('error');
    expect(text).toMatch(message);
    expect(text).toContain('For example: /ips staff link');
  });

  it('binds the channel it is run in to a clinical team, and rebinds it', async () => {
    const first = await bot.say('gus', '/ips channel bind northside', { conversation: slackChannel });
    expect(first.text).toContain("now Northside CMHT's channel");
    await bot.say('gus', '/ips channel bind harbour', { conversation: slackChannel });
    const bindings = await bot.database.db.channelBinding.findMany({ where: { channelId: 'C42' } });
    expect(bindings).toHaveLength(1);
    expect(bindings[0]!.clinicalTeamId).toBeNull();
    expect(bindings[0]!.unitId).not.toBeNull();
  });

  it('refuses to bind a direct message or an unknown team, listing the keys', async () => {
    const direct = await bot.say('gus', '/ips channel bind northside');
    expect(direct.text).toContain('Run this in the channel');
    const unknown = await bot.say('gus', '/ips channel bind westside', { conversation: slackChannel });
    expect(unknown.text).toContain('Teams: eastside, northside; units: harbour');
  });

  it('shows a help card with every command the caller may run', async () => {
    const { text } = await bot.say('aroha', '/ips');
    for (const command of bot.core.router.registry.commands.filter(
      (c) => c.name !== 'ips' && c.actions.some((a) => a.roles.includes('specialist')),
    )) {
      expect(text).toContain(`/${command.name}`);
    }
    const unknown = await bot.say('aroha', '/ips dance');
    expect(unknown.reply.kind).toBe('error');
  });
});
