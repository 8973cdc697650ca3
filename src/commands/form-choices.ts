// The choices every form offers: the employers the organisation knows, and the
// people on the caller's caseload. One place, so that all forms read alike.
import type { FormField } from '../core/message.js';
import { caseloadRefs } from '../services/caseload.js';
import { searchEmployers } from '../services/employers.js';
import type { CommandContext } from './command.js';

export async function employerField(ctx: CommandContext): Promise<FormField> {
  const employers = ctx.caller.organisationId === null ? [] : await searchEmployers(ctx.tx, ctx.caller.organisationId, '', 100);
  return {
    name: 'employer',
    label: 'Employer',
    kind: 'choice',
    required: true,
    suggest: 'employers',
    options: employers.map((e) => ({ value: e.name, label: e.name })),
    hint: 'Pick a known employer or type a new name.',
  };
}

export async function personField(ctx: CommandContext, options: { required: boolean; hint?: string }): Promise<FormField> {
  const refs = await caseloadRefs(ctx.tx, ctx.caller.id);
  return {
    name: 'client',
    label: 'Person',
    kind: 'choice',
    required: options.required,
    suggest: 'caseload',
    options: refs.map((r) => ({ value: r, label: r })),
    ...(options.hint ? { hint: options.hint } : {}),
  };
}
