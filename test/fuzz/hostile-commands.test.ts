// Hostile input against every command and form the registry declares, as a
// property: nothing escapes the router, a refused input writes nothing, no
// reply echoes control or direction characters or grows without bound, and an
// accepted /contact is read back from the database as the bot understood it.
// FUZZ_RUNS sets the number of inputs (400 by default; 10,000 for the full
// run), FUZZ_SEED the seed (fixed by default, so a failure can be repeated).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registry } from '../../src/app.js';
import { cleanText } from '../../src/core/input-hygiene.js';
import type { CommandReply } from '../../src/core/invocation.js';
import { readInput } from '../support/read-input.js';
import { hostileInput, shapeFromRegistry, type HostileInput } from '../support/hostile-input.js';
import { startTestBot, type TestBot } from '../support/test-bot.js';

const runs = Number(process.env.FUZZ_RUNS ?? 400);
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
/** Row counts of the tables a command writes; every audited write adds an AuditEvent. */
async function fingerprint(): Promise<string> {
  const sql = `SELECT json_build_array(${counted.map((t) => `(SELECT count(*) FROM "${t}")`).join(', ')})::text AS counts`;
  const [row] = await bot.database.db.$queryRawUnsafe<{ counts: string }[]>(sql);
  return row!.counts;
}

function run(input: HostileInput, role: string): Promise<CommandReply> {
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

const textOf = (reply: CommandReply) =>
  reply.kind === 'form'
    ? [reply.form.title, ...reply.form.fields.flatMap((f) => [f.label, f.initial ?? ''])].join('\n')
    : reply.message.text;

/** What no reply may carry: C0/C1 controls (but newline), and direction overrides, isolates and marks. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const unsafeInReply = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/;
/** Longer than any honest reply (the agenda, a caseload list): only an echo of a huge input gets there. */
const maxReplyChars = 20_000;

describe('hostile input against every registered command and form', () => {
  it(
    `${runs} generated inputs: no escape, no write when refused, nothing unsafe echoed, accepted contacts read back`,
    { timeout: 900_000 },
    async () => {
      const shapes = registry.commands.map(shapeFromRegistry);
      const inputs = fc.sample(fc.tuple(hostileInput(shapes), fc.nat()), { numRuns: runs, seed });
      const failures: string[] = [];
      for (const [input, who] of inputs) {
        const roles = shapes.find((s) => s.name === input.command)!.roles;
        const role = roles[who % roles.length]!;
        const before = await fingerprint();
        const lastContact = await bot.database.db.employerContact.findFirst({ orderBy: { id: 'desc' }, select: { id: true } });
        const reply = await run(input, role).catch((error: unknown) => {
          failures.push(`escaped: ${String(error)} for ${JSON.stringify(input.input).slice(0, 120)}`);
          return undefined;
        });
        if (!reply) continue;
        const wrote = (await fingerprint()) !== before;
        const text = textOf(reply);
        const shown = JSON.stringify(input.input).slice(0, 120);
        if (reply.kind === 'error' && wrote) failures.push(`refused but wrote: /${input.command} ${shown}`);
        if (unsafeInReply.test(text)) failures.push(`unsafe characters in the reply: /${input.command} ${shown}`);
        if (text.length > maxReplyChars) failures.push(`reply of ${text.length} characters: /${input.command} ${shown}`);
        // An accepted typed contact is stored as the bot read it: read back equal.
        if (reply.kind === 'message' && input.command === 'contact' && input.input.kind === 'text' && wrote) {
          const stored = await bot.database.db.employerContact.findFirst({
            where: { id: { gt: lastContact?.id ?? 0 } },
            include: { employer: true },
          });
          const read = readInput(`/contact ${cleanText(input.input.text)}`, '2026-11-23').input as { details?: string; employer: string };
          if (stored && (stored.details ?? undefined) !== read.details) failures.push(`contact details not read back equal: ${shown}`);
        }
      }
      expect(failures).toEqual([]);
      // And the bot still works after all of it.
      const { text } = await bot.say('aroha', "/contact Perry's Garden Centre f2f after the fuzz");
      expect(text).toMatch(/^Employer contact logged/);
    },
  );
});
