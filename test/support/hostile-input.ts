// Generators of what a careless, curious or hostile user types, for property
// tests of every command and form. Each input says which kinds of trouble it
// holds, so that findings can be grouped by them. The commands come in as
// plain shapes (name, subcommand words, roles, examples, form fields): today
// derived from the command definitions, later straight from the registry.
import fc from 'fast-check';
import type { CommandDefinition } from '../../src/commands/command.js';

export interface CommandShape {
  /** Without a slash: "contact". */
  name: string;
  /** Words that pick a form of the command and take nothing else, or only what their usage says ("list", "undo"). */
  subcommands: readonly string[];
  roles: readonly string[];
  /** Ready-to-run lines, with their slash and name. */
  examples: readonly string[];
  /** Its forms: the action each submits to, and its field names. */
  forms: readonly { action: string; fields: readonly string[] }[];
}

/** The kinds of trouble an input can hold. */
export type Trouble =
  | 'nul'
  | 'control character'
  | 'escape sequence'
  | 'bidirectional override'
  | 'invisible character'
  | 'lone surrogate'
  | 'unclosed quote'
  | '60 KB text'
  | 'impossible date'
  | 'date in 1900'
  | 'date far ahead'
  | 'number out of range'
  | 'odd client ref'
  | 'markup or formula'
  | 'sql'
  | 'odd whitespace'
  | 'astral characters'
  | 'subcommand with more words'
  | 'empty';

export interface HostileInput {
  command: string;
  input: { kind: 'text'; text: string } | { kind: 'form'; action: string; values: Record<string, string> };
  troubles: Trouble[];
}

const longText = 'spoke to the manager about weekend shifts; '.repeat(1400); // 60,200 characters

const fragments: Record<Exclude<Trouble, 'subcommand with more words' | 'empty'>, readonly string[]> = {
  nul: ['\u0000', 'Perry\u0000s'],
  'control character': ['\u0007', 'a\u0008b', '\u000b', '\u000c', '\u001f', '\u007f', '\u0085', 'line\rover', 'two\nlines'],
  'escape sequence': ['\u001b[2J', '\u001b[31mred\u001b[0m', '\u001b]8;;http://example.org\u0007link\u001b]8;;\u0007', '\u009b6n'],
  'bidirectional override': ['\u202eretneC\u202c', '\u2066x\u2069', '\u200f', '\u061c', '\u202dLTR'],
  'invisible character': ['\u200b', '\ufeff', '\u2060', 'SJ\u200b-14'],
  'lone surrogate': ['\ud800', 'x\udfffy'],
  'unclosed quote': ['"Centre for Work f2f', "'Perry", '\u201cHarbour Caf\u00e9', '"'],
  '60 KB text': [longText],
  'impossible date': ['on 31/02', 'on 30/2/2026', 'on 2026-02-30', 'next 31/4', 'on 0/13', '32/1', 'on 29/2/2027'],
  'date in 1900': ['on 1/1/1900', 'on 1900-01-01', 'next 1900-06-01', 'on 31/12/1899', 'until 1900-01-01'],
  'date far ahead': ['next 2999-01-01', 'on 9999-12-31', 'in 9999 weeks', 'until 3000-01-01'],
  'number out of range': ['0h', '-20h', '999h', '1e308h', '\u00a3-5/h', '\u00a399999999999/h', 'NaN h', '9007199254740993', '-1', '99999'],
  'odd client ref': ['for SJ-99999999', 'for -', 'for SJ-0', 'SJ-14 SJ-14', 'for ZZ-1', 'J'],
  'markup or formula': ['<!channel>', '<@U0123>', '*bold* _it_ ~x~', '<script>alert(1)</script>', '=HYPERLINK("http://x")', '@here'],
  sql: ['\'); DROP TABLE "Staff"; --', '% _ \\'],
  'odd whitespace': ['\t', '\u00a0', '\u3000', '\u2028', '   '],
  'astral characters': ['\u{1F9D1}\u200d\u{1F373}', '\u{1D573}\u{1D586}\u{1D597}', '\u{1F600}'],
};

/** Every kind of trouble the generators hold. */
export const allTroubles: readonly Trouble[] = [...(Object.keys(fragments) as Trouble[]), 'subcommand with more words', 'empty'];

const troubleFragment: fc.Arbitrary<{ text: string; trouble: Trouble }> = fc.oneof(
  ...Object.entries(fragments).map(([trouble, texts]) => fc.constantFrom(...texts).map((text) => ({ text, trouble: trouble as Trouble }))),
);

const plainWord = fc.constantFrom('all', 'mine', 'x', 'today', 'please', 'SJ-14', 'f2f', 'Harbour', 'filled', 'now', '2');

/** The text after "/name " in each example. */
function exampleTexts(shape: CommandShape): string[] {
  return shape.examples.map((e) => e.replace(new RegExp(`^/${shape.name}\\s*`), ''));
}

/** `fragment` put between two words of `text`, at `at` (modulo the number of gaps). */
function splice(text: string, fragment: string, at: number): string {
  const words = text.split(' ');
  const gap = at % (words.length + 1);
  return [...words.slice(0, gap), fragment, ...words.slice(gap)].join(' ').trim();
}

function textInputs(shape: CommandShape): fc.Arbitrary<HostileInput> {
  const text = (t: string, troubles: Trouble[]): HostileInput => ({ command: shape.name, input: { kind: 'text', text: t }, troubles });
  const troubled = fc.array(troubleFragment, { minLength: 1, maxLength: 3 });
  const examples = exampleTexts(shape).filter((e) => e.length > 0);
  const arbitraries: fc.Arbitrary<HostileInput>[] = [
    // Trouble on its own.
    troubled.map((fs) =>
      text(
        fs.map((f) => f.text).join(' '),
        fs.map((f) => f.trouble),
      ),
    ),
    fc.constantFrom('', ' ', '\t').map((t) => text(t, ['empty'])),
  ];
  if (examples.length > 0) {
    // Trouble inside a line that would otherwise be right.
    arbitraries.push(
      fc.tuple(fc.constantFrom(...examples), troubled, fc.nat()).map(([example, fs, at]) =>
        text(
          fs.reduce((line, f, i) => splice(line, f.text, at + i), example),
          fs.map((f) => f.trouble),
        ),
      ),
    );
  }
  if (shape.subcommands.length > 0) {
    // A subcommand word and more words it does not take: "/contact list all".
    arbitraries.push(
      fc
        .tuple(fc.constantFrom(...shape.subcommands), fc.array(plainWord, { minLength: 1, maxLength: 3 }))
        .map(([sub, words]) => text(`${sub} ${words.join(' ')}`, ['subcommand with more words'])),
    );
  }
  return fc.oneof(...arbitraries);
}

function formInputs(command: string, form: { action: string; fields: readonly string[] }): fc.Arbitrary<HostileInput> {
  const value = fc.oneof(
    troubleFragment.map((f) => ({ text: f.text, troubles: [f.trouble] })),
    plainWord.map((w) => ({ text: w, troubles: [] as Trouble[] })),
  );
  return fc.tuple(...form.fields.map((field) => fc.option(value, { nil: undefined }).map((v) => [field, v] as const))).map((pairs) => {
    const filled = pairs.filter((p): p is readonly [string, { text: string; troubles: Trouble[] }] => p[1] !== undefined);
    const troubles: Trouble[] = filled.length === 0 ? ['empty'] : [...new Set(filled.flatMap(([, v]) => v.troubles))];
    return {
      command,
      input: { kind: 'form', action: form.action, values: Object.fromEntries(filled.map(([field, v]) => [field, v.text])) },
      troubles,
    };
  });
}

/** Hostile text lines and form submissions for every command of `shapes`. */
export function hostileInput(shapes: readonly CommandShape[]): fc.Arbitrary<HostileInput> {
  return fc.oneof(...shapes.map(textInputs), ...shapes.flatMap((s) => s.forms.map((form) => formInputs(s.name, form))));
}

/**
 * A command's shape as the registry declares it: the words of its actions
 * that take nothing more (and "help", and "form" when its main action has a
 * form), who may run it, its examples, and its forms' fields.
 */
export function shapeFromRegistry(command: CommandDefinition): CommandShape {
  const main = command.actions.find((a) => a.words === '');
  const fixed = command.actions.filter((a) => a.words !== '' && !a.takesWords).map((a) => a.words);
  const forms = command.actions.filter((a) => a.form).map((a) => ({ action: a.words, fields: a.form!.fields.map((f) => f.name) }));
  return {
    name: command.name,
    subcommands: [...fixed, 'help', ...(main?.form ? ['form'] : [])],
    roles: [...new Set(command.actions.flatMap((a) => a.roles))],
    examples: command.actions.flatMap((a) => a.examples),
    forms,
  };
}
