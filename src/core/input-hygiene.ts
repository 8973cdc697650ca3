// What a person types reaches the core only after this: no control
// characters (NUL breaks PostgreSQL, escape sequences repaint a terminal),
// no bidirectional overrides (they make a reference read backwards), and no
// more than a command could sensibly hold.
import { DomainError } from './domain-error.js';
import type { CommandInput } from './invocation.js';

/** A whole command line, or one form field: far more than any note needs. */
export const maxInputChars = 4000;

// C0 and C1 controls except tab and newline, DEL, the Unicode bidirectional
// embeddings, overrides, isolates and marks, and halves of a character that
// lost its other half (they cannot be stored as text).
const unsafe =
  // eslint-disable-next-line no-control-regex -- control characters are what it matches
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function cleanText(text: string): string {
  return text.replace(unsafe, '').replace(/\t/g, ' ');
}

function bounded(text: string, what: string): string {
  if (text.length > maxInputChars) {
    throw new DomainError(
      'INPUT.TOO_LONG',
      `${what} is ${text.length.toLocaleString('en-GB')} characters long: the bot takes at most ${maxInputChars.toLocaleString('en-GB')}. Keep notes short; the details belong in the service's case records.`,
    );
  }
  return cleanText(text);
}

export function cleanInput(input: CommandInput): CommandInput {
  if (input.kind === 'text') return { kind: 'text', text: bounded(input.text, 'That command') };
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(input.values)) {
    const clean = value === undefined ? '' : bounded(value, `The ${name} field`).trim();
    if (clean !== '') values[name] = clean;
  }
  return { ...input, values };
}
