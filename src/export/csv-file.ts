// CSV files that open safely in a spreadsheet: UTF-8 with a byte-order mark
// (so Excel reads "Café" right), and text cells that a spreadsheet would run as
// a formula (=, +, -, @, tab, carriage return first) prefixed with a quote.
import { stringify } from 'csv-stringify/sync';
import type { NewFile } from '../files/file-store.js';

export type Cell = string | number | null | undefined;

const formulaStart = /^[=+\-@\t\r]/;

export function neutralise(cell: Cell): string | number {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return cell;
  return formulaStart.test(cell) ? `'${cell}` : cell;
}

/** A CSV file and how many data rows it holds (for the audit trail). */
export type CsvFile = NewFile & { rows: number };

export function csvFile(name: string, title: string, header: readonly string[], rows: readonly Cell[][]): CsvFile {
  const text = stringify([header.map(neutralise), ...rows.map((r) => r.map(neutralise))], { bom: true, record_delimiter: 'windows' });
  return { name, title, mimeType: 'text/csv', bytes: Buffer.from(text, 'utf8'), rows: rows.length };
}
