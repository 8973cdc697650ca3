// /ips refs and /ips rename: references made before references were limited
// to initials (at most 3 letters) may hold a name ("SAMJ-01"); the supervisor
// lists them and renames each to initials and a number.
import { z } from 'zod';
import { DomainError } from '../../core/domain-error.js';
import { message, messageReply } from '../../core/reply.js';
import { auditRead } from '../../access/read-audit.js';
import { workableClients } from '../../access/access-policy.js';
import { maxInitials, nameLike, refHasInitials } from '../../services/client-refs.js';
import { findClientForCaller } from '../../services/caseload.js';
import { normaliseClientRef, splitWords } from '../../grammar/words.js';
import type { ActionSpec } from '../command.js';
import { clientRef, nothing } from '../input-fields.js';

const renameExample = '/ips rename DG-40 DG-41';

export const refs: ActionSpec<object> = {
  words: 'refs',
  usage: '/ips refs',
  summary: `references in your unit with more than ${maxInitials} letters, to rename`,
  examples: ['/ips refs'],
  roles: ['supervisor'],
  input: nothing,
  async run(ctx) {
    const rows = await ctx.tx.client.findMany({
      where: { AND: [workableClients(ctx.caller), { erasedAt: null }] },
      select: { id: true, ref: true },
      orderBy: { ref: 'asc' },
    });
    const long = rows.filter((r) => !refHasInitials(r.ref));
    const shown = message([
      { kind: 'heading', text: `References with more than ${maxInitials} letters` },
      {
        kind: 'list',
        items: long.length
          ? long.map((r) => `${r.ref}: /ips rename ${r.ref} <initials>-<number>`)
          : ['None: every reference is initials and a number.'],
      },
      { kind: 'note', text: 'Longer references may hold a name. Rename each to initials (at most 3 letters) and a number.' },
    ]);
    await auditRead(ctx, 'refs.read', 'VocationalUnit', ctx.caller.unitId ?? 0, shown);
    return { kind: 'message', message: shown };
  },
};

export const rename: ActionSpec<{ clientRef: string; newRef: string }> = {
  words: 'rename',
  usage: '/ips rename <old ref> <new ref>',
  summary: 'give a person a new reference (initials and a number)',
  examples: [renameExample],
  roles: ['supervisor'],
  input: () =>
    z.object({
      clientRef: clientRef(),
      newRef: z
        .string({ required_error: 'Give the new reference, like SJ-20.' })
        .trim()
        .refine((r) => !nameLike(r), 'The new reference looks like a name: use initials and a number, like SJ-20.')
        .transform(normaliseClientRef)
        .refine(refHasInitials, `A reference is initials (at most ${maxInitials} letters) and a number, like SJ-20.`),
    }),
  parse: (text) => {
    const [clientRef, newRef, ...rest] = splitWords(text);
    if (rest.length) throw new DomainError('IPS.USAGE', 'Give the old reference and the new one, nothing more.', renameExample);
    return { clientRef, newRef };
  },
  async run(ctx, { clientRef: old, newRef }) {
    const client = await findClientForCaller(ctx.tx, ctx.caller, old, renameExample);
    if (await ctx.tx.client.findUnique({ where: { ref: newRef }, select: { id: true } })) {
      throw new DomainError('CLIENT.REF_TAKEN', `${newRef} is already someone's reference: pick another number.`, renameExample, 'newRef');
    }
    await ctx.tx.client.update({ where: { id: client.id }, data: { ref: newRef } });
    // The old reference stays out of the trail: it may be the very name being removed.
    await ctx.audit('client.rename', 'Client', client.id, { to: newRef });
    return messageReply([
      { kind: 'paragraph', text: `${old} is now ${newRef}. Posts sent from now on use ${newRef}.` },
      { kind: 'note', text: "Tell the person's specialist and referrer the new reference." },
    ]);
  },
};
