// An action's form as the platforms show it, made from its declaration: the
// person and employer fields offer the caller's caseload and the
// organisation's employers, and required fields are the ones the schema needs.
import type { FormField, FormSpec } from '../core/message.js';
import { openRefsFor } from '../services/caseload.js';
import { searchEmployers } from '../services/employers.js';
import type { Action, CommandContext, FieldSpec } from './command.js';

/** A first page of choices for platforms without type-ahead (Slack shows at most 100). */
const firstPage = 100;
const yesNo = [
  { value: 'no', label: 'No' },
  { value: 'yes', label: 'Yes' },
];

async function formField(ctx: CommandContext, spec: FieldSpec, required: boolean): Promise<FormField> {
  const initial = typeof spec.initial === 'function' ? spec.initial({ today: ctx.today }) : spec.initial;
  const common = {
    name: spec.name,
    label: spec.label,
    required,
    ...(spec.placeholder ? { placeholder: spec.placeholder } : {}),
    ...(spec.hint ? { hint: spec.hint } : {}),
    ...(initial !== undefined ? { initial } : {}),
  };
  switch (spec.kind) {
    case 'text':
    case 'people':
      return { ...common, kind: 'text' };
    case 'multiline':
    case 'date':
      return { ...common, kind: spec.kind };
    case 'choice':
      return { ...common, kind: 'choice', options: [...(spec.options ?? [])] };
    case 'yesno':
      return { ...common, kind: 'choice', options: yesNo, initial: initial ?? 'no' };
    case 'person': {
      const refs = await openRefsFor(ctx.tx, ctx.caller, firstPage);
      return { ...common, kind: 'choice', suggest: 'caseload', options: refs.map((r) => ({ value: r, label: r })) };
    }
    case 'employer': {
      const employers = ctx.caller.organisationId === null ? [] : await searchEmployers(ctx.tx, ctx.caller.organisationId, '', firstPage);
      return {
        ...common,
        kind: 'choice',
        suggest: 'employers',
        options: employers.map((e) => ({ value: e.name, label: e.name })),
        hint: spec.hint ?? 'Pick a known employer or type a new name.',
      };
    }
  }
}

export async function buildForm(ctx: CommandContext, action: Action): Promise<FormSpec> {
  const form = action.form!;
  const fields: FormField[] = [];
  for (const spec of form.fields) fields.push(await formField(ctx, spec, action.requiredFields.has(spec.name)));
  return { command: action.command, action: action.words, title: form.title, submitLabel: form.submitLabel, fields };
}
