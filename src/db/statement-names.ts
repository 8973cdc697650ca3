// Names for prepared statements on a PostgreSQL server, so that each
// connection parses and plans a query once rather than on every call (pg
// sends unnamed statements otherwise). Our queries are fixed templates, but a list of values spelt out
// in the SQL would make new texts without end: past `limit` names, a new text
// runs unnamed, as before. A query without parameters runs unnamed too, so
// that pg sends it as a simple query: the only kind that may hold several
// statements, as a migration script does.
import type { SqlQuery } from '@prisma/driver-adapter-utils';

export function statementNames(limit = 1000): (query: SqlQuery) => string {
  const names = new Map<string, string>();
  return ({ sql, args }) => {
    if (args.length === 0) return '';
    let name = names.get(sql);
    if (name === undefined) {
      if (names.size >= limit) return '';
      name = `ips_${names.size}`;
      names.set(sql, name);
    }
    return name;
  };
}
