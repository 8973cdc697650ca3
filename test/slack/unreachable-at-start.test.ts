// Slack that cannot be reached when the bot starts: the bot starts anyway,
// says it is waiting, keeps its schedule, and takes commands as soon as Slack
// answers, without a restart.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/free-port.js';
import { startFakeSlack, type FakeSlack } from './fake-slack.js';
import { slackUsers, startSlackHarness, type SlackHarness } from './slack-harness.js';
import { sendSigned, slashCommand } from './slack-requests.js';

/** A bot started while nothing answers at its Slack address; `port` is where Slack may come back. */
async function startUnreachable(): Promise<{ h: SlackHarness; port: number }> {
  const port = await freePort();
  return { h: await startSlackHarness({ apiUrl: `http://127.0.0.1:${port}/api/` }), port };
}

// Slack never comes back for this bot: its tests see it as it started.
let h: SlackHarness;
beforeAll(async () => {
  ({ h } = await startUnreachable());
});
afterAll(async () => {
  await h?.close();
});

describe('Slack unreachable at start', () => {
  it('starts, says it is waiting for Slack, and reports it in readiness', () => {
    expect(h.adapter.status()).toMatchObject({ state: 'waiting', detail: expect.stringContaining('Slack could not be reached') });
    expect(h.logs.lines.map((l) => l.message)).toContainEqual(
      expect.stringMatching(/Slack could not be reached.*trying again in the background/),
    );
  });

  it('runs its schedule meanwhile: what falls due is claimed and queued for when Slack is back', async () => {
    h.bot.clock.set('2026-11-23T15:01:00Z'); // Monday 15:01: the agenda for Tuesday's meeting falls due
    await h.bot.core.scheduler.tick();
    expect(await h.bot.database.db.scheduledRun.count({ where: { key: { startsWith: 'agenda:harbour:' } } })).toBe(1);
    expect(await h.bot.database.db.outboxMessage.count({ where: { dedupeKey: { startsWith: 'agenda:harbour:' } } })).toBeGreaterThan(0);
  });

  it('takes commands once Slack answers at that address, without a restart', async () => {
    // A bot of its own: once Slack is back it stays back, and the tests above need it gone.
    const { h: own, port } = await startUnreachable();
    let slackBack: FakeSlack | undefined;
    try {
      slackBack = await startFakeSlack(port);
      await sendSigned(
        own.port,
        slashCommand({
          command: '/contact',
          text: 'Harbour Cinema email',
          userId: slackUsers.aroha,
          responseUrl: slackBack.responseUrl('back'),
        }),
      );
      const respond = await slackBack.waitFor('respond/back', 1, 20_000);
      expect(String(respond.body.text)).toContain('Employer contact logged');
      await expect.poll(() => own.adapter.status().state, { timeout: 20_000 }).toBe('ready');
    } finally {
      await own.close();
      await slackBack?.close();
    }
  });
});
