// One set of scenarios, made from the registry, run on the terminal, on Slack
// (real Bolt, fake Web API) and on Teams (real TeamsAdapter, fake connector):
// every action's example (its happy path), every action refused to a role
// that may not run it, every form, a refused input, file replies, a
// redelivery and a proactive post. The core must answer the same on all
// three, and each platform's payload must be well formed: Block Kit within
// Slack's limits, every Adaptive Card accepted by Microsoft's parser at
// schema 1.5 at most, every Teams activity under 80 KB, plain text on the
// terminal. A command added to the registry is in this suite by itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registry } from '../../src/app.js';
import type { StaffRole } from '../../src/generated/prisma/enums.js';
import type { CommandReply } from '../../src/core/invocation.js';
import type { Action } from '../../src/commands/command.js';
import { teamsActivityProblems } from './adaptive-cards.js';
import { blockKitProblems, modalProblems } from './block-kit.js';
import { consoleDriver, slackDriver, teamsDriver, type Driver, type Payload, type Run } from './platform-drivers.js';

const handleOf: Record<StaffRole, 'aroha' | 'dana' | 'eli' | 'gus'> = {
  specialist: 'aroha',
  supervisor: 'dana',
  clinician: 'eli',
  admin: 'gus',
};
const roles = Object.keys(handleOf) as StaffRole[];

/** Actions whose answer depends on the platform by nature: mentions and channels are platform ids. */
const platformSpecific = new Set(['ips staff link', 'ips channel bind']);
const nameOf = (command: string, action: Action) => `${command}${action.words ? ` ${action.words}` : ''}`;

interface Scenario {
  name: string;
  handle: 'aroha' | 'dana' | 'eli' | 'gus';
  line: string;
  inChannel?: boolean;
  /** The core's answer must be this kind. */
  expect?: CommandReply['kind'];
  comparable: boolean;
}

/** Every scenario, in the order each driver runs them, made from the registry. */
function scenarios(): Scenario[] {
  const all: Scenario[] = [];
  for (const command of registry.commands) {
    for (const action of command.actions) {
      const name = nameOf(command.name, action);
      const comparable = !platformSpecific.has(name);
      const allowed = handleOf[action.roles[0]!];
      const refusedRole = roles.find((r) => !action.roles.includes(r));
      if (refusedRole) {
        all.push({
          name: `${name}: refused to a ${refusedRole}`,
          handle: handleOf[refusedRole],
          line: action.examples[0],
          expect: 'error',
          comparable: true,
        });
      }
      if (action.form) {
        all.push({
          name: `${name}: its form`,
          handle: allowed,
          line: `/${command.name}${action.words ? ` ${action.words}` : ''}`,
          expect: 'form',
          comparable,
        });
      }
      all.push({
        name: `${name}: ${action.examples[0]}`,
        handle: allowed,
        line: action.examples[0],
        inChannel: action.words === 'channel bind',
        ...(comparable ? { expect: 'message' as const } : {}),
        comparable,
      });
    }
  }
  all.push({ name: 'a refused input', handle: 'aroha', line: '/contact X f2f', expect: 'error', comparable: true });
  all.push({ name: 'a file reply: the export', handle: 'dana', line: '/ips export', expect: 'message', comparable: true });
  all.push({ name: 'a file reply: the summary and its chart', handle: 'dana', line: '/ips summary', expect: 'message', comparable: true });
  return all;
}

/** The core's answer, without what differs by nature between runs (stored file ids). */
function comparable(reply: CommandReply): unknown {
  if (reply.kind === 'form') return { kind: 'form', form: reply.form };
  return {
    kind: reply.kind,
    text: reply.message.text,
    files: (reply.message.files ?? []).map((f) => f.name),
    fieldErrors: reply.kind === 'error' ? reply.fieldErrors : undefined,
  };
}

// eslint-disable-next-line no-control-regex
const unsafe = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function payloadProblems(payload: Payload): string[] {
  switch (payload.kind) {
    case 'text':
      return unsafe.test(payload.text) ? ['control characters on the terminal'] : payload.text.trim() === '' ? ['nothing shown'] : [];
    case 'slack-message':
      return blockKitProblems((payload.body.blocks as Record<string, unknown>[] | undefined) ?? [], 'message');
    case 'slack-modal':
      return modalProblems(payload.view);
    case 'slack-upload':
      return payload.file.length === 0 ? [`empty upload ${payload.name}`] : [];
    case 'teams-activity':
      return teamsActivityProblems(payload.body);
  }
}

const drivers: Driver[] = [];
const runs = new Map<string, Map<string, Run>>();
const list = scenarios();

beforeAll(async () => {
  drivers.push(await consoleDriver(), await slackDriver(), await teamsDriver());
  for (const driver of drivers) {
    const byScenario = new Map<string, Run>();
    for (const s of list) {
      byScenario.set(s.name, await driver.run(s.handle, s.line, { ...(s.inChannel !== undefined ? { inChannel: s.inChannel } : {}) }));
    }
    runs.set(driver.name, byScenario);
  }
}, 600_000);
afterAll(async () => {
  for (const driver of drivers) await driver.close();
});

describe('the same command on every platform', () => {
  it('covers every registered action', () => {
    const named = new Set(list.map((s) => s.name.split(':')[0]));
    for (const command of registry.commands) for (const action of command.actions) expect(named).toContain(nameOf(command.name, action));
  });

  it.each(list.map((s) => [s.name, s] as const))('%s', (_, scenario) => {
    const [terminal, ...others] = drivers.map((d) => ({ driver: d.name, run: runs.get(d.name)!.get(scenario.name)! }));
    for (const { driver, run } of [terminal!, ...others]) {
      if (scenario.expect)
        expect(run.reply.kind, `${driver}: ${JSON.stringify(comparable(run.reply)).slice(0, 300)}`).toBe(scenario.expect);
      expect(run.payloads.length, `${driver} showed nothing`).toBeGreaterThan(0);
      expect(run.payloads.flatMap(payloadProblems), driver).toEqual([]);
    }
    if (scenario.comparable)
      for (const { driver, run } of others) expect(comparable(run.reply), driver).toEqual(comparable(terminal!.run.reply));
  });
});

describe('redelivery and proactive posts', () => {
  it('writes a redelivered command once and answers it the same, on Slack and Teams', async () => {
    for (const driver of drivers.filter((d) => d.name !== 'console')) {
      const before = await driver.bot.database.db.employerContact.count();
      const deliveryId = `redelivered-${driver.name}`;
      const first = await driver.run('aroha', '/contact Harbour Cinema phone', { deliveryId });
      const again = await driver.run('aroha', '/contact Harbour Cinema phone', { deliveryId });
      expect(await driver.bot.database.db.employerContact.count(), driver.name).toBe(before + 1);
      expect(comparable(again.reply), driver.name).toEqual(comparable(first.reply));
    }
  });

  it('posts the agenda to the unit’s channel on every platform, well formed', async () => {
    for (const driver of drivers) {
      const run = await driver.run('dana', '/ips agenda post');
      expect(run.reply.kind, driver.name).toBe('message');
      const payloads = [...run.payloads, ...(await driver.drain())];
      expect(payloads.length, driver.name).toBeGreaterThan(0);
      expect(payloads.flatMap(payloadProblems), driver.name).toEqual([]);
      expect(JSON.stringify(payloads), driver.name).toContain('IPS team meeting agenda');
    }
  });
});
