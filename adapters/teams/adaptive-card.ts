// The core's messages and forms as Adaptive Cards (schema 1.5, what Teams
// renders on desktop and phone). Buttons and form submits carry the command
// to run in their data, so a click comes back as plain data for the core.
import type { Activity, Attachment } from 'botbuilder';
import { CardFactory } from 'botbuilder';
import type { Block, FileAttachment, FormField, FormSpec, Message } from '../../src/core/message.js';
import type { FileAccess } from '../../src/core/platform-adapter.js';

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
  /** The command's action ("" for its main action). */
  formAction: string;
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

const isPicture = (file: FileAttachment) => file.mimeType.startsWith('image/');

/** A picture from its signed https link (Teams shows images only from a URL); without one, what it shows in words. */
function picture(file: FileAttachment | undefined, alt: string, files: FileAccess): Element {
  const url = file && files.link(file);
  return url ? { type: 'Image', url, altText: alt, size: 'Stretch' } : text(`(picture: ${alt})`, { isSubtle: true });
}

function renderBlock(block: Block, attached: readonly FileAttachment[], files: FileAccess): Element[] {
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
    case 'image':
      return [
        picture(
          attached.find((f) => f.name === block.file),
          block.alt,
          files,
        ),
      ];
  }
}

export function messageCard(message: Message, files: FileAccess): AdaptiveCard {
  const attached = message.files ?? [];
  const shown = new Set(message.blocks.flatMap((b) => (b.kind === 'image' ? [b.file] : [])));
  const body = message.blocks.flatMap((b) => renderBlock(b, attached, files));
  // Pictures no block placed go at the end, so none is lost.
  for (const file of attached.filter((f) => isPicture(f) && !shown.has(f.name))) body.push(picture(file, file.title ?? file.name, files));
  return card(body, [], message.text);
}

/** The content type of Teams' file consent card: the person accepts, then the bot uploads to their OneDrive. */
export const fileConsentContentType = 'application/vnd.microsoft.teams.card.file.consent';
/** What a consent card carries back when accepted or declined. */
export interface FileConsentContext {
  fileId: string;
}

/** A file consent card per file that is not a picture (exports): personal chats only. */
function consentCards(message: Message): Attachment[] {
  return (message.files ?? [])
    .filter((f) => !isPicture(f))
    .map((f) => {
      const context: FileConsentContext = { fileId: f.id };
      return {
        contentType: fileConsentContentType,
        name: f.name,
        content: { description: f.title ?? f.name, sizeInBytes: f.size, acceptContext: context, declineContext: context },
      };
    });
}

const summaryOf = (message: Message) => message.text.split('\n')[0]!.slice(0, 200);

/**
 * A message activity: the card, a one-line summary for notifications, and in
 * a personal chat a consent card per export (a channel cannot take files from
 * a bot: exports are only ever sent to the person who asked).
 */
export function messageActivity(message: Message, files: FileAccess, where: { personal: boolean }): Partial<Activity> {
  const cards = where.personal ? consentCards(message) : [];
  return { type: 'message', summary: summaryOf(message), attachments: [CardFactory.adaptiveCard(messageCard(message, files)), ...cards] };
}

function input(field: FormField, value: string | undefined): Element[] {
  const common = {
    id: field.name,
    label: field.label,
    isRequired: field.required,
    // What Teams shows under an empty required field when the person submits.
    ...(field.required ? { errorMessage: `${field.label} is needed.` } : {}),
    ...(value ? { value } : {}),
  };
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
      // A choice set needs choices (Teams and the card parser refuse an empty one): with none to offer, the field is typed.
      if (choices.length === 0) return input({ ...field, kind: 'text' }, value);
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
    data: { formCommand: form.command, formAction: form.action } satisfies FormData,
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
    if (key === 'formCommand' || key === 'formAction' || key.endsWith(typedSuffix) || typeof raw !== 'string') continue;
    const value = raw.trim();
    if (value !== '') values[key] = value;
  }
  for (const [key, raw] of Object.entries(data)) {
    if (!key.endsWith(typedSuffix) || typeof raw !== 'string' || raw.trim() === '') continue;
    values[key.slice(0, -typedSuffix.length)] = raw.trim();
  }
  return values;
}
