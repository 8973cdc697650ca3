// Hostile input against every command and form as they are today. This first
// pass records what happens (crashes, writes for refused input, hostile text
// stored or echoed) and prints it: the to-do list for input hygiene and strict
// subcommands. Once those land it asserts none of it. FUZZ_RUNS sets the
// number of inputs (150 by default), FUZZ_SEED the seed (fixed by default,
// so a run can be repeated).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReply } from '../../adapters/console/render-text.js';
import type { CommandReply } from '../../src/core/invocation.js';
import { allTroubles, hostileInput, shapeFromUsage, type CommandShape, type HostileInput, type Trouble } from '../support/hostile-input.js';
import { startTestBot, type TestBot } from '../support/test-bot.js';

const runs = Number(process.env.FUZZ_RUNS ?? 150);
const seed = Number(process.env.FUZZ_SEED ?? 20261123);
const handleFor: Record<string, string> = { specialist: 'aroha', supervisor: 'dana', clinician: 'eli', admin: 'gus' };

let bot: TestBot;
beforeAll(async () => {
  bot = await startTestBot();
});
afterAll(async () => {
  await bot?.close();
});

const counted = ['AuditEvent', 'ProcessedCommand', 'OutboxMessage', 'Employer', 'EmployerContact', 'JobLead', 'Client', 'Referral', 'Job'];
/** Row counts of the tables a command writes; every audited update adds an AuditEvent. */
async function fingerprint(): Promise<string> {
  const sql = `SELECT json_build_array(${counted.map((t) => `(SELECT count(*) FROM "${t}")`).join(', ')})::text AS counts`;
  const [row] = await bot.database.db.$queryRawUnsafe<{ counts: string }[]>(sql);
  return row!.counts;
}

async function run(input: HostileInput, role: string): Promise<CommandReply> {
  return bot.core.router.handle({
    platform: 'console',
    userId: handleFor[role]!,
    conversation: { platform: 'console', workspace: 'local', channelId: 'terminal', isDirect: true },
    command: input.command,
    input: input.input,
    idempotencyKey: `fuzz-${Math.random()}`,
    receivedAt: bot.clock.now(),
  });
}

/** The form a command opens, if it has one. */
async function withForm(shape: CommandShape): Promise<CommandShape> {
  if (!shape.subcommands.includes('form')) return shape;
  const reply = await run({ command: shape.name, input: { kind: 'text', text: 'form' }, troubles: [] }, shape.roles[0]!);
  return reply.kind === 'form' ? { ...shape, formFields: reply.form.fields.map((f) => f.name) } : shape;
}

const unsafeInReply = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/;
const show = (input: HostileInput) => {
  const shown = JSON.stringify(
    input.input.kind === 'text' ? `/${input.command} ${input.input.text}` : { [`/${input.command} form`]: input.input.values },
  );
  return shown.length > 90 ? `${shown.slice(0, 87)}…` : shown;
};

describe('hostile input against the commands of today', () => {
  it(`records what ${runs} generated inputs do`, { timeout: 600_000 }, async () => {
    const shapes: CommandShape[] = [];
    for (const command of bot.core.router.commands) shapes.push(await withForm(shapeFromUsage(command)));
    const findings = new Map<string, { count: number; example: string }>();
    const note = (what: string, input: HostileInput) => {
      const finding = `/${input.command} ${what}`;
      const seen = findings.get(finding);
      findings.set(finding, { count: (seen?.count ?? 0) + 1, example: seen?.example ?? show(input) });
    };
    const troublesSeen = new Set<Trouble>();
    const inputs = fc.sample(fc.tuple(hostileInput(shapes), fc.nat()), { numRuns: runs, seed });
    for (const [input, who] of inputs) {
      input.troubles.forEach((t) => troublesSeen.add(t));
      const roles = shapes.find((s) => s.name === input.command)!.roles;
      const before = await fingerprint();
      let reply: CommandReply;
      try {
        reply = await run(input, roles[who % roles.length]!);
      } catch (error) {
        note(`crash: ${error instanceof Error ? error.constructor.name : typeof error}`, input);
        continue;
      }
      const wrote = (await fingerprint()) !== before;
      const kind = input.input.kind === 'form' ? 'form' : 'text';
      if (reply.kind === 'error' && wrote) note('refused but wrote', input);
      if (reply.kind !== 'error' && wrote)
        for (const trouble of input.troubles) note(`${kind} with ${trouble}: accepted and written`, input);
      const text = renderReply(reply);
      if (unsafeInReply.test(text)) note('control or bidi characters echoed in the reply', input);
      if (text.length > 4000) note(`reply of ${text.length > 50_000 ? 'over 50,000' : 'over 4,000'} characters`, input);
    }

    console.log(
      [
        `Hostile input: ${runs} inputs, seed ${seed}`,
        '| finding | count | first example |',
        '|---|---:|---|',
        ...[...findings].sort(([a], [b]) => a.localeCompare(b)).map(([finding, f]) => `| ${finding} | ${f.count} | ${f.example} |`),
      ].join('\n'),
    );
    // The generator reaches every kind of trouble, and the bot still works after all of it.
    expect([...troublesSeen].sort()).toEqual([...allTroubles].sort());
    const { text } = await bot.say('aroha', "/contact Perry's Garden Centre f2f after the fuzz");
    expect(text).toMatch(/^Employer contact logged/);
  });
});
