// Consent to be named (first name only) in celebrations, or no celebrations at all.
import type { CommandReply } from '../../core/invocation.js';
import { messageReply } from '../../core/reply.js';
import { clientExamples, type ConsentChange } from '../../grammar/client-grammar.js';
import { findClientForCaller } from '../../services/caseload.js';
import { namedPostsAbout } from '../../celebrations/anonymise.js';
import type { CommandContext } from '../command.js';

export async function consent(ctx: CommandContext, ref: string, change: ConsentChange): Promise<CommandReply> {
  const { caller, tx } = ctx;
  // Only the person's specialist or their supervisor (the access policy's consent recorders).
  const clientId = (await findClientForCaller(tx, caller, ref, clientExamples.consent)).id;
  const data =
    change.kind === 'name'
      ? { consentToBeNamed: true, firstName: change.firstName }
      : change.kind === 'none'
        ? { consentToBeNamed: false, firstName: null }
        : { celebrationsOptOut: change.optOut };
  await tx.client.update({ where: { id: clientId }, data });
  // The first name itself stays out of the audit trail.
  await ctx.audit('client.consent', 'Client', clientId, {
    change: change.kind,
    ...(change.kind === 'celebrations' ? { optOut: change.optOut } : {}),
  });
  const text =
    change.kind === 'name'
      ? `${ref} agreed to be named as ${change.firstName} in celebrations.`
      : change.kind === 'none'
        ? `${ref} will not be named: celebrations stay anonymous.`
        : change.optOut
          ? `No celebrations will be posted for ${ref}.`
          : `Celebrations for ${ref} are back on (anonymous unless they agreed to be named).`;
  // Withdrawn after posting: queued posts are drawn up anonymous (or not at all) when sent; posted ones can be edited.
  const named = change.kind === 'name' || (change.kind === 'celebrations' && !change.optOut) ? [] : await namedPostsAbout(tx, clientId);
  if (named.length === 0) return messageReply([{ kind: 'paragraph', text }]);
  return messageReply([
    { kind: 'paragraph', text },
    {
      kind: 'paragraph',
      text: `${named.length === 1 ? 'One post' : `${named.length} posts`} already in a channel name${named.length === 1 ? 's' : ''} ${ref}. Edit ${named.length === 1 ? 'it' : 'them'} to the anonymous form?`,
    },
    { kind: 'buttons', buttons: [{ label: 'Make anonymous', command: 'celebrate', args: `anonymise ${ref}`, style: 'primary' }] },
  ]);
}
