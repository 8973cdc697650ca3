// /refer: a clinician refers a person to the team's employment specialist,
// who is told at once by direct message.
import { DomainError } from '../../core/domain-error.js';
import type { CommandReply } from '../../core/invocation.js';
import { describeDate, toDbDate, type LocalDate } from '../../core/local-date.js';
import { message, messageReply } from '../../core/reply.js';
import { parseRefer, referExample, referUsage } from '../../grammar/refer-grammar.js';
import { nextRefFor } from '../../services/client-refs.js';
import { pickSpecialist } from '../../services/referrals.js';
import { defineCommand } from '../action.js';
import type { CommandContext } from '../command.js';
import { date } from '../input-fields.js';
import { referInput, type ReferInput } from './refer-input.js';

async function referPerson(ctx: CommandContext, draft: ReferInput & { referredOn: LocalDate }): Promise<CommandReply> {
  const { caller, tx } = ctx;
  const teamId = caller.clinicalTeamIds[0];
  if (teamId === undefined) {
    throw new DomainError(
      'ROSTER.NO_TEAM',
      'You are not on a clinical team yet, so the bot does not know whose specialist to ask. Ask an admin to add you to your team.',
    );
  }
  const team = await tx.clinicalTeam.findUniqueOrThrow({ where: { id: teamId } });
  const specialist = await pickSpecialist(tx, teamId);
  const today = toDbDate(draft.referredOn);

  let client;
  const { person } = draft;
  if (person.kind === 'ref') {
    const existing = await tx.client.findUnique({ where: { ref: person.ref }, include: { specialist: { select: { displayName: true } } } });
    if (existing && !caller.clinicalTeamIds.includes(existing.clinicalTeamId)) {
      throw new DomainError(
        'REFER.OTHER_TEAM',
        `${person.ref} is known to another clinical team, so you cannot refer them. Give new initials to make a new reference.`,
        referExample,
      );
    }
    if (existing?.status === 'active') {
      throw new DomainError(
        'REFER.ALREADY_ACTIVE',
        `${person.ref} is already on ${existing.specialist?.displayName ?? 'a specialist'}'s caseload: no new referral needed.`,
        referExample,
      );
    }
    if (existing?.status === 'referred') {
      throw new DomainError(
        'REFER.ALREADY_REFERRED',
        `${person.ref} was already referred${existing.referredOn ? ` on ${describeDate(existing.referredOn.toISOString().slice(0, 10), ctx.today)}` : ''} and is waiting for a first meeting.`,
        referExample,
      );
    }
    client = existing
      ? await tx.client.update({
          where: { id: existing.id },
          data: { status: 'referred', referredOn: today, closedOn: null, closeReason: null, specialistId: specialist?.id ?? null },
        })
      : await tx.client.create({
          data: {
            ref: person.ref,
            status: 'referred',
            referredOn: today,
            clinicalTeamId: teamId,
            specialistId: specialist?.id ?? null,
            createdAt: ctx.now,
          },
        });
  } else {
    const ref = await nextRefFor(tx, person.initials);
    client = await tx.client.create({
      data: {
        ref,
        status: 'referred',
        referredOn: today,
        clinicalTeamId: teamId,
        specialistId: specialist?.id ?? null,
        createdAt: ctx.now,
      },
    });
  }
  const referral = await tx.referral.create({
    data: {
      clientId: client.id,
      clinicalTeamId: teamId,
      referredById: caller.id,
      referredOn: today,
      notes: draft.notes ?? null,
      createdAt: ctx.now,
    },
  });
  await ctx.audit('referral.create', 'Referral', referral.id, {
    clientId: client.id,
    ref: client.ref,
    specialistId: specialist?.id ?? null,
  });

  const note = message([
    { kind: 'heading', text: `New referral: ${client.ref}` },
    {
      kind: 'paragraph',
      text: `${caller.displayName} (${team.name}) referred ${client.ref} to ${specialist ? 'you' : 'the IPS team; no specialist is attached to that team, so please assign someone'}.`,
    },
    ...(draft.notes ? [{ kind: 'note' as const, text: `Notes: ${draft.notes}` }] : []),
    { kind: 'paragraph', text: `After the first meeting: /client met ${client.ref}` },
  ]);
  const recipients = specialist
    ? [specialist.id]
    : (await tx.staff.findMany({ where: { unitId: team.unitId, role: 'supervisor', active: true }, select: { id: true } })).map(
        (s) => s.id,
      );
  for (const staffId of recipients) {
    await ctx.enqueue({ dedupeKey: `referral:${referral.id}:${staffId}`, to: { kind: 'staff', staffId }, message: note });
  }
  await ctx.emit({ type: 'referral.created', referralId: referral.id, clientId: client.id, specialistId: specialist?.id ?? null });

  return messageReply([
    { kind: 'heading', text: `Referred: ${client.ref}` },
    {
      kind: 'paragraph',
      text: specialist
        ? `${specialist.displayName} has been told and will arrange a first meeting. Use ${client.ref} (never a name) when you talk about this referral in the bot.`
        : 'No specialist is attached to your team yet, so the IPS supervisor has been told.',
    },
    { kind: 'note', text: 'Anyone who wants to work can be referred: no readiness checks needed.' },
  ]);
}

export const refer = defineCommand('refer', "Refer a person to your team's employment specialist", (action) => [
  action({
    words: '',
    summary: "refer a person to your team's specialist, by initials (never a name)",
    usage: referUsage,
    examples: [referExample, '/refer SJ-14 back in touch, wants to work again', '/refer MT on 2/11 asked about warehouse work'],
    roles: ['clinician'],
    input: (env) => referInput().extend({ referredOn: date(env, 'the referral date', 'past', 'past').default(env.today) }),
    parse: (text, env) => parseRefer(text, env.today),
    form: {
      title: 'Refer a person to the IPS team',
      submitLabel: 'Refer',
      fields: [
        {
          name: 'person',
          label: 'Initials (or their reference)',
          kind: 'text',
          placeholder: 'SJ',
          hint: 'Never a full name: the bot makes a reference like SJ-15.',
        },
        { name: 'referredOn', label: 'Referral date', kind: 'date', initial: ({ today }) => today },
        { name: 'notes', label: 'Notes for the specialist', kind: 'multiline', placeholder: 'Keen on outdoor work; mornings are best.' },
      ],
    },
    run: referPerson,
  }),
]);
