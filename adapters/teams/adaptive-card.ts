// The core's messages and forms as Adaptive Cards (schema 1.5, what Teams
// renders on desktop and phone). Buttons and form submits carry the command
// to run in their data, so a click comes back as plain data for the core.
import type { Activity, Attachment } from 'botbuilder';
import { CardFactory } from 'botbuilder';
import type { Block, FileAttachment, FormField, FormSpec, Message } from '../../src/core/message.js';

type Element = Record<string, unknown>;
export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.5';
  fallbackText?: string;
  body: Element[];
  actions?: Element[];
}

/** What a button puts in Action.Submit's data. */
export interface ButtonData {
  command: string;
  args: string;
}
/** What a form's submit button puts in its data, next to the input values. */
export interface FormData {
  formCommand: string;
}
/** The id of the free-text input beside a choice that also takes new names. */
export const typedSuffix = '.typed';

const card = (body: Element[], actions: Element[] = [], fallbackText?: string): AdaptiveCard => ({
  type: 'AdaptiveCard',
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
  version: '1.5',
  ...(fallbackText ? { fallbackText } : {}),
  body,
  ...(actions.length ? { actions } : {}),
});

const text = (value: string, extra: Element = {}): Element => ({ type: 'TextBlock', text: value, wrap: true, ...extra });

const dataUrl = (file: FileAttachment) => `data:${file.mimeType};base64,${file.base64}`;
const isPicture = (file: FileAttachment) => file.mimeType.startsWith('image/');

function renderBlock(block: Block, files: readonly FileAttachment[]): Element[] {
  switch (block.kind) {
    case 'heading':
      return [text(block.text, { size: 'Large', weight: 'Bolder' })];
    case 'paragraph':
      return [text(block.text)];
    case 'facts':
      return [{ type: 'FactSet', facts: block.facts.map((f) => ({ title: f.label, value: f.value })) }];
    case 'list':
      return [
        ...(block.title ? [text(block.title, { weight: 'Bolder' })] : []),
        ...block.items.map((i) => text(`• ${i}`, { spacing: 'Small' })),
      ];
    case 'note':
      return [text(block.text, { size: 'Small', isSubtle: true })];
    case 'divider':
      return [{ type: 'Container', separator: true, spacing: 'Medium', items: [] }];
    case 'buttons':
      return [
        {
          type: 'ActionSet',
          actions: block.buttons.map((b) => ({
            type: 'Action.Submit',
            title: b.label,
            ...(b.style ? { style: b.style === 'primary' ? 'positive' : 'destructive' } : {}),
            data: { command: b.command, args: b.args } satisfies ButtonData,
          })),
        },
      ];
    case 'image': {
      const file = files.find((f) => f.name === block.file);
      return file ? [{ type: 'Image', url: dataUrl(file), altText: block.alt, size: 'Stretch' }] : [text(`(picture: ${block.alt})`)];
    }
  }
}

export function messageCard(message: Message): AdaptiveCard {
  const files = message.files ?? [];
  const shown = new Set(message.blocks.flatMap((b) => (b.kind === 'image' ? [b.file] : [])));
  const body = message.blocks.flatMap((b) => renderBlock(b, files));
  // Pictures no block placed go at the end, so none is lost.
  for (const file of files.filter((f) => isPicture(f) && !shown.has(f.name))) {
    body.push({ type: 'Image', url: dataUrl(file), altText: file.title ?? file.name, size: 'Stretch' });
  }
  return card(body, [], message.text);
}

/**
 * Files that are not pictures (CSV exports) go as attachments with a data URL:
 * Teams' own file flow (FileConsentCard, then an upload to the user's
 * OneDrive) needs Graph access this bot does not have.
 */
function fileAttachments(message: Message): Attachment[] {
  return (message.files ?? []).filter((f) => !isPicture(f)).map((f) => ({ contentType: f.mimeType, contentUrl: dataUrl(f), name: f.name }));
}

const summaryOf = (message: Message) => message.text.split('\n')[0]!.slice(0, 200);

/** A message activity: the card, files, and a one-line summary for notifications. */
export function messageActivity(message: Message): Partial<Activity> {
  return {
    type: 'message',
    summary: summaryOf(message),
    attachments: [CardFactory.adaptiveCard(messageCard(message)), ...fileAttachments(message)],
  };
}

function input(field: FormField, value: string | undefined): Element[] {
  const common = { id: field.name, label: field.label, isRequired: field.required, ...(value ? { value } : {}) };
  switch (field.kind) {
    case 'text':
    case 'multiline':
      return [
        {
          type: 'Input.Text',
          ...common,
          isMultiline: field.kind === 'multiline',
          ...(field.placeholder ? { placeholder: field.placeholder } : {}),
        },
      ];
    case 'date':
      return [{ type: 'Input.Date', ...common }];
    case 'choice': {
      const choices = (field.options ?? []).map((o) => ({ title: o.label, value: o.value }));
      const known = !value || choices.some((c) => c.value === value);
      const { value: _typed, ...withoutValue } = common;
      const set = {
        type: 'Input.ChoiceSet',
        ...(known ? common : withoutValue),
        choices,
        ...(field.suggest ? { style: 'filtered' } : { style: 'compact' }),
      };
      // A filtered choice set takes only its choices; a new employer is typed beside it.
      if (field.suggest !== 'employers') return [set];
      return [
        { ...set, isRequired: false },
        {
          type: 'Input.Text',
          id: `${field.name}${typedSuffix}`,
          label: `…or a new ${field.label.toLowerCase()}`,
          ...(known ? {} : { value }),
        },
      ];
    }
  }
}

/**
 * A form as a card. `values` are what was submitted (kept when the card is
 * shown again with `errors`, which sit under the fields they are about).
 */
export function formCard(
  form: FormSpec,
  values: Record<string, string | undefined> = {},
  errors: { message?: string; fields?: Record<string, string> } = {},
): AdaptiveCard {
  const body: Element[] = [text(form.title, { size: 'Large', weight: 'Bolder' })];
  if (errors.message) body.push(text(errors.message, { color: 'Attention' }));
  for (const field of form.fields) {
    body.push(...input(field, values[field.name] ?? field.initial));
    const error = errors.fields?.[field.name];
    if (error) body.push(text(error, { color: 'Attention', size: 'Small', spacing: 'None' }));
    else if (field.hint) body.push(text(field.hint, { size: 'Small', isSubtle: true, spacing: 'None' }));
  }
  const submit = {
    type: 'Action.Submit',
    title: form.submitLabel,
    style: 'positive',
    data: { formCommand: form.command } satisfies FormData,
  };
  return card(body, [submit], form.title);
}

export function formActivity(
  form: FormSpec,
  values?: Record<string, string | undefined>,
  errors?: Parameters<typeof formCard>[2],
): Partial<Activity> {
  return { type: 'message', summary: form.title, attachments: [CardFactory.adaptiveCard(formCard(form, values, errors))] };
}

/** A submitted form's values as the core takes them: empty inputs absent, new names over picks. */
export function formValues(data: Record<string, unknown>): Record<string, string | undefined> {
  const values: Record<string, string | undefined> = {};
  for (const [key, raw] of Object.entries(data)) {
    if (key === 'formCommand' || key.endsWith(typedSuffix) || typeof raw !== 'string') continue;
    const value = raw.trim();
    if (value !== '') values[key] = value;
  }
  for (const [key, raw] of Object.entries(data)) {
    if (!key.endsWith(typedSuffix) || typeof raw !== 'string' || raw.trim() === '') continue;
    values[key.slice(0, -typedSuffix.length)] = raw.trim();
  }
  return values;
}
