// Prepared-statement names on a PostgreSQL server: one per query text, none
// past the limit, and none for a text without parameters, which pg then sends
// as a simple query: the only kind that may hold several statements, as a
// migration script with a function body does.
import { expect, it } from 'vitest';
import { statementNames } from '../../src/db/statement-names.js';

const query = (sql: string, args: unknown[] = [1]) => ({ sql, args, argTypes: [] });

it('names each query text once, and stops naming past the limit', () => {
  const name = statementNames(2);
  const first = name(query('SELECT $1'));
  const second = name(query('SELECT $1 + 1'));
  expect(first).not.toBe('');
  expect(second).not.toBe('');
  expect(second).not.toBe(first);
  expect(name(query('SELECT $1', [2]))).toBe(first);
  expect(name(query('SELECT $1 + 2'))).toBe('');
  expect(name(query('SELECT $1 + 1'))).toBe(second);
});

it('leaves a text without parameters unnamed', () => {
  const name = statementNames();
  expect(name(query('CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END $$; SELECT 1', []))).toBe('');
});
