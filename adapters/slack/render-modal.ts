// The core's forms as Slack modals, and a submitted modal back as the form
// values the core reads. Each field is one input block whose block id is the
// field's name, so the core's field errors map straight onto the blocks.
import type { types } from '@slack/bolt';
import { z } from 'zod';
import type { FormField, FormSpec } from '../../src/core/message.js';
import type { CommandReply } from '../../src/core/invocation.js';
import { clip } from './mrkdwn.js';

type InputBlock = types.InputBlock;
type ModalView = types.ModalView;
type PlainTextOption = types.PlainTextOption;

/** Every modal of ours has this callback id; the command travels in private_metadata. */
export const formCallbackId = 'ips_form';
/** The external select that searches the employer database as the person types. */
export const employerSuggestActionId = 'suggest_employers';
/** The block of the optional "new employer" text box that goes with an employer field. */
export const newEntrySuffix = '.new';

export interface FormMetadata {
  command: string;
  /** The command's action the form submits to ("" for its main action). */
  action: string;
  /** Where the form was opened from: the confirmation goes there (ephemeral), or to a DM when absent. */
  channel?: string;
}

const metadataSchema = z.object({ command: z.string(), action: z.string().default(''), channel: z.string().optional() });

export function readMetadata(privateMetadata: string): FormMetadata | undefined {
  try {
    const parsed = metadataSchema.safeParse(JSON.parse(privateMetadata));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

const plain = (text: string, max: number) => ({ type: 'plain_text' as const, text: clip(text, max), emoji: true });
const option = (value: string, label: string): PlainTextOption => ({ text: plain(label, 75), value: clip(value, 150) });
const staticOptionsMax = 100;

function input(field: FormField, element: InputBlock['element'], overrides: Partial<InputBlock> = {}): InputBlock {
  return {
    type: 'input',
    block_id: field.name,
    label: plain(field.label, 2000),
    optional: !field.required,
    element,
    ...(field.hint ? { hint: plain(field.hint, 2000) } : {}),
    ...overrides,
  };
}

function placeholder(field: FormField) {
  return field.placeholder ? { placeholder: plain(field.placeholder, 150) } : {};
}

function textInput(field: FormField, multiline: boolean): InputBlock {
  return input(field, {
    type: 'plain_text_input',
    action_id: field.name,
    multiline,
    ...placeholder(field),
    ...(field.initial ? { initial_value: field.initial } : {}),
  });
}

function renderField(field: FormField): InputBlock[] {
  switch (field.kind) {
    case 'text':
      return [textInput(field, false)];
    case 'multiline':
      return [textInput(field, true)];
    case 'date':
      return [input(field, { type: 'datepicker', action_id: field.name, ...(field.initial ? { initial_date: field.initial } : {}) })];
    case 'choice': {
      if (field.suggest === 'employers') {
        // Either pick a known employer or type a new one: both optional to
        // Slack, and the core says which is missing when neither is given.
        return [
          input(
            field,
            {
              type: 'external_select',
              action_id: employerSuggestActionId,
              min_query_length: 0,
              ...(field.initial ? { initial_option: option(field.initial, field.initial) } : {}),
              ...placeholder(field),
            },
            { optional: true },
          ),
          input(
            { ...field, name: `${field.name}${newEntrySuffix}`, hint: undefined },
            {
              type: 'plain_text_input',
              action_id: `${field.name}${newEntrySuffix}`,
              placeholder: plain('A new employer: its name in full', 150),
            },
            { optional: true, label: plain(`Or a new ${field.label.toLowerCase()}`, 2000) },
          ),
        ];
      }
      const options = (field.options ?? []).slice(0, staticOptionsMax).map((o) => option(o.value, o.label));
      // Slack refuses a select without options: an empty caseload becomes a text box.
      if (options.length === 0) return [textInput(field, false)];
      const initial = options.find((o) => o.value === field.initial);
      return [
        input(field, {
          type: 'static_select',
          action_id: field.name,
          options,
          ...(initial ? { initial_option: initial } : {}),
          ...placeholder(field),
        }),
      ];
    }
  }
}

export function renderModal(form: FormSpec, metadata: FormMetadata): ModalView {
  return {
    type: 'modal',
    callback_id: formCallbackId,
    private_metadata: JSON.stringify(metadata),
    title: plain(form.title, 24),
    submit: plain(form.submitLabel, 24),
    close: plain('Cancel', 24),
    blocks: form.fields.flatMap(renderField),
  };
}

interface StateValue {
  type: string;
  value?: string | null;
  selected_date?: string | null;
  selected_option?: { value: string } | null;
}

function valueOf(state: StateValue): string | undefined {
  const raw = state.value ?? state.selected_date ?? state.selected_option?.value ?? undefined;
  const trimmed = raw?.trim();
  return trimmed ? trimmed : undefined;
}

/** Submitted state → field values; a typed new entry wins over the picked one. Empty fields are absent. */
export function formValues(state: Record<string, Record<string, StateValue>>): Record<string, string | undefined> {
  const values: Record<string, string | undefined> = {};
  const typed: Record<string, string> = {};
  for (const [blockId, actions] of Object.entries(state)) {
    const value = Object.values(actions)
      .map(valueOf)
      .find((v) => v !== undefined);
    if (value === undefined) continue;
    if (blockId.endsWith(newEntrySuffix)) typed[blockId.slice(0, -newEntrySuffix.length)] = value;
    else values[blockId] = value;
  }
  return { ...values, ...typed };
}

/**
 * The core's error as Slack's `response_action: "errors"`, keyed by block id.
 * An error about no particular field (or one the modal lacks) goes on the first field.
 */
export function modalErrors(
  reply: Extract<CommandReply, { kind: 'error' }>,
  blocks: readonly { type: string; block_id?: string }[],
  state: Record<string, Record<string, StateValue>>,
): Record<string, string> {
  const inputs = blocks.filter((b) => b.type === 'input' && b.block_id).map((b) => b.block_id!);
  const errors: Record<string, string> = {};
  const entries = Object.entries(reply.fieldErrors ?? {});
  for (const [field, text] of entries.length ? entries : [[inputs[0] ?? '', reply.message.text] as const]) {
    // An error about an employer typed in the "new" box belongs under that box.
    const typedNew = `${field}${newEntrySuffix}`;
    const typedValue = state[typedNew] && Object.values(state[typedNew]).map(valueOf).find(Boolean);
    const blockId = typedValue && inputs.includes(typedNew) ? typedNew : inputs.includes(field) ? field : inputs[0];
    if (blockId) errors[blockId] = clip(text, 2000);
  }
  return errors;
}
