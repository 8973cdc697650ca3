// Seals an action's declaration: its input schema and handler become one
// `accept`, so the registry holds actions of every input type in one list.
import { z } from 'zod';
import { diagnosisIn, diagnosisNote } from '../access/diagnosis-words.js';
import { DomainError } from '../core/domain-error.js';
import type { Action, ActionRun, ActionSpec, InputEnv } from './command.js';

/** The object schema under refinements and transforms, whose shape says which fields are required. */
function objectShape(schema: z.ZodTypeAny): z.ZodRawShape | undefined {
  if (schema instanceof z.ZodObject) return schema.shape as z.ZodRawShape;
  if (schema instanceof z.ZodEffects) return objectShape(schema.innerType() as z.ZodTypeAny);
  return undefined;
}

/** A date no one would type by mistake, for reading the schema's shape without a real "today". */
const shapeEnv: InputEnv = { today: '2000-01-01' };

/** Turns a schema failure into the message a person reads, under the field it is about. */
export function invalidInput(command: string, example: string, error: z.ZodError): DomainError {
  const issue = error.issues[0]!;
  const field = typeof issue.path[0] === 'string' ? issue.path[0] : undefined;
  return new DomainError(`${command.toUpperCase()}.INVALID`, issue.message, example, field);
}

/** Every text an input holds, under the field it came from. */
function textsOf(value: unknown, field: string | undefined, out: { field: string | undefined; text: string }[]): typeof out {
  if (typeof value === 'string') out.push({ field, text: value });
  else if (Array.isArray(value)) for (const v of value) textsOf(v, field, out);
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) textsOf(v, field ?? k, out);
  return out;
}

/** One check for every free-text field of every action: no diagnosis is stored, whatever the field. */
function refuseDiagnoses(command: string, example: string, input: unknown): void {
  for (const { field, text } of textsOf(input, undefined, [])) {
    const word = diagnosisIn(text);
    if (word) throw new DomainError(`${command.toUpperCase()}.DIAGNOSIS`, `"${word}": ${diagnosisNote}`, example, field);
  }
}

/** The action's schema for a day: built once a day, not once a command (a quarter of a millisecond on the /contact path). */
function dailySchema<Input>(input: ActionSpec<Input, unknown>['input']): (env: InputEnv) => ReturnType<typeof input> {
  let last: { today: string; schema: ReturnType<typeof input> } | undefined;
  return (env) => {
    if (last?.today !== env.today) last = { today: env.today, schema: input(env) };
    return last.schema;
  };
}

export function defineAction<Input, Result>(command: string, spec: ActionSpec<Input, Result>): Action {
  const shape = objectShape(spec.input(shapeEnv));
  const schema = dailySchema(spec.input);
  const requiredFields = new Set(
    (spec.form?.fields ?? []).filter((f) => shape?.[f.name] && !shape[f.name]!.isOptional()).map((f) => f.name),
  );
  const parse = spec.parse;
  const validate = (raw: unknown, env: InputEnv): Input => {
    // Before the schema too: a diagnosis typed where a fixed word belongs (a
    // closing reason) is refused for what it is, not as an unknown word.
    refuseDiagnoses(command, spec.examples[0], raw);
    const parsed = schema(env).safeParse(raw);
    if (!parsed.success) throw invalidInput(command, spec.examples[0], parsed.error);
    refuseDiagnoses(command, spec.examples[0], parsed.data);
    return parsed.data;
  };
  return {
    command,
    words: spec.words,
    summary: spec.summary,
    usage: spec.usage,
    examples: spec.examples,
    roles: spec.roles,
    ...(spec.form ? { form: spec.form } : {}),
    takesWords: parse !== undefined,
    requiredFields,
    parse: (text, env) => (parse ? parse(text, env) : {}),
    validate: (raw, env) => validate(raw, env),
    run: runOf(spec, validate),
  };
}

function runOf<Input, Result>(spec: ActionSpec<Input, Result>, validate: (raw: unknown, env: InputEnv) => Input): ActionRun {
  if (spec.statement) {
    const { statement } = spec;
    return {
      kind: 'statement',
      async accept(ctx, raw) {
        const result = statement.result.parse(await statement.write(ctx, validate(raw, { today: ctx.today })));
        return statement.reply(result, ctx.settings);
      },
      replyOf: (result, settings) => statement.reply(statement.result.parse(result), settings),
    };
  }
  return { kind: 'transaction', accept: async (ctx, raw) => spec.run(ctx, validate(raw, { today: ctx.today })) };
}

/** Declares a command and its actions; every action's schema and handler are checked together here. */
export function defineCommand(
  name: string,
  summary: string,
  build: (action: <Input, Result = never>(spec: ActionSpec<Input, Result>) => Action) => readonly Action[],
): { name: string; summary: string; actions: readonly Action[] } {
  return { name, summary, actions: build((spec) => defineAction(name, spec)) };
}
