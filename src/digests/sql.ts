// SQL fragments the digest queries share.
import { Prisma } from '../generated/prisma/client.js';

/** Contact types that are in person (fidelity item 17 counts both). */
export const inPersonSql = Prisma.sql`('face_to_face', 'visit')`;

/** `IN (…)` over ids; an empty list matches nothing (ids start at 1). */
export function idsSql(ids: readonly number[]) {
  return Prisma.sql`(${Prisma.join(ids.length ? ids : [0])})`;
}
