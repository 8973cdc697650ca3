// A form in the terminal: one prompt per field, answered on the next lines
// (typed, or piped). An empty answer skips an optional field; a line that
// starts with "/" cancels the form and is run as a command instead.
import type { FormField, FormSpec } from '../../src/core/message.js';

export type FormOutcome =
  | { kind: 'submitted'; values: Record<string, string> }
  /** `line`: a command typed instead, to run next. */
  | { kind: 'cancelled'; line?: string }
  /** The input ended in the middle of the form. */
  | { kind: 'ended' };

/** Reads the next line of input; undefined at its end. */
export type NextLine = () => Promise<string | undefined>;

function describeField(field: FormField): string {
  const choices = field.options?.length
    ? ` [${field.options
        .slice(0, 8)
        .map((o) => o.value)
        .join(' | ')}${field.options.length > 8 ? ' | …' : ''}]`
    : field.kind === 'date'
      ? ' [a date: today, tue, 1/12, 2026-12-01]'
      : '';
  const initial = field.initial ? ` (Enter for ${field.initial})` : field.required ? '' : ' (optional: Enter to skip)';
  return `${field.label}${choices}${initial}: `;
}

/** `echo`: show each answer after its prompt (piped input is not echoed by a terminal). */
export async function askForm(form: FormSpec, write: (text: string) => void, nextLine: NextLine, echo: boolean): Promise<FormOutcome> {
  write(`${form.title} (/cancel to stop; a line starting with / runs that command instead)\n`);
  const values: Record<string, string> = {};
  for (const field of form.fields) {
    for (;;) {
      write(describeField(field));
      const line = await nextLine();
      if (line === undefined) return { kind: 'ended' };
      const answer = line.trim();
      if (echo) write(`${answer}\n`);
      if (answer === '/cancel') return { kind: 'cancelled' };
      if (answer.startsWith('/')) return { kind: 'cancelled', line };
      const value = answer || field.initial || '';
      if (value) values[field.name] = value;
      if (value || !field.required) break;
      write(`  ${field.label} is needed.\n`);
    }
  }
  return { kind: 'submitted', values };
}
