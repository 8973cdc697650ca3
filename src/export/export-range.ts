// The period of an export: the current quarter so far unless dates are given.
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import { startOfQuarter } from 'date-fns/startOfQuarter';
import { DomainError } from '../core/domain-error.js';
import type { LocalDate } from '../core/local-date.js';
import { datePhraseExamples, readDatePhrase } from '../grammar/date-phrase.js';
import type { ExportRange } from './fidelity-export.js';

export const exportExample = '/ips export 2026-10-01 2026-12-31';

export function quarterSoFar(today: LocalDate): ExportRange {
  return { from: format(startOfQuarter(parseISO(today)), 'yyyy-MM-dd'), to: today };
}

/** "[from] [to]": each a date as typed elsewhere in the bot (2026-10-01, 1/10, yesterday). */
export function parseExportRange(words: readonly string[], today: LocalDate): ExportRange {
  if (words.length === 0) return quarterSoFar(today);
  const from = readDatePhrase(words, today, 'past');
  if (!from)
    throw new DomainError(
      'EXPORT.DATE',
      `I couldn't read the start date "${words[0]}". Dates can be: ${datePhraseExamples}.`,
      exportExample,
    );
  const rest = words.slice(from.words);
  const to = rest.length ? readDatePhrase(rest, today, 'past') : { date: today, words: 0 };
  if (!to || from.words + to.words !== words.length) {
    throw new DomainError(
      'EXPORT.DATE',
      `I couldn't read the end date "${rest.join(' ')}". Dates can be: ${datePhraseExamples}.`,
      exportExample,
    );
  }
  if (to.date < from.date) throw new DomainError('EXPORT.ORDER', 'The end date is before the start date.', exportExample);
  return { from: from.date, to: to.date };
}
