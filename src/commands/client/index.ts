// /client: the caseload itself. Specialists add people, log the first meeting
// and the vocational profile, look at one person's journey, list the caseload
// with its fidelity flags, and close cases; clinicians see their team's counts.
import { DomainError } from '../../core/domain-error.js';
import type { CommandReply } from '../../core/invocation.js';
import { describeDate, fromDbDate, toDbDate } from '../../core/local-date.js';
import { messageReply } from '../../core/reply.js';
import {
  clientExamples,
  parseClientAdd,
  parseClientClose,
  parseConsent,
  parseRefAndDate,
  parseRefOnly,
} from '../../grammar/client-grammar.js';
import { findClientForCaller, findVisibleClient } from '../../services/caseload.js';
import { nextRefFor } from '../../services/client-refs.js';
import { clientTimeline } from '../../services/client-timeline.js';
import { defineCommand } from '../action.js';
import type { CommandContext } from '../command.js';
import { nothing } from '../input-fields.js';
import { caseloadList, teamCounts } from './client-list.js';
import { consent } from './client-consent.js';
import { benefits, disclosure, plan, profile } from './client-evidence.js';
import { referrerView } from './client-referrer-view.js';
import { clientView } from '../../access/access-policy.js';
import {
  clientAddInput,
  clientCloseInput,
  clientConsentInput,
  clientRefInput,
  datedClientInput,
  type ClientAddInput,
  type DatedClientInput,
} from './client-input.js';

async function add(ctx: CommandContext, cmd: ClientAddInput): Promise<CommandReply> {
  const { caller, tx } = ctx;
  const teams = await tx.clinicalTeam.findMany({ where: { id: { in: caller.clinicalTeamIds } }, orderBy: { key: 'asc' } });
  if (cmd.person.kind === 'ref') {
    const existing = await tx.client.findUnique({ where: { ref: cmd.person.ref }, include: { clinicalTeam: true, specialist: true } });
    if (existing) {
      if (existing.clinicalTeam.unitId !== caller.unitId) {
        throw new DomainError(
          'CLIENT.OTHER_UNIT',
          `${existing.ref} belongs to another IPS team. Use initials to make a new reference.`,
          clientExamples.add,
        );
      }
      if (existing.status !== 'referred') {
        throw new DomainError(
          'CLIENT.ALREADY_ON',
          `${existing.ref} is already ${existing.status === 'active' ? `on ${existing.specialist?.displayName ?? 'a'}'s caseload` : 'closed; a clinician can re-refer them'}.`,
          clientExamples.add,
        );
      }
      if (existing.specialistId !== null && existing.specialistId !== caller.id) {
        throw new DomainError(
          'CLIENT.OTHERS_REFERRAL',
          `${existing.ref} was referred to ${existing.specialist!.displayName}; ask them or your supervisor to hand it over.`,
          clientExamples.add,
        );
      }
      if (existing.specialistId === null) {
        await tx.client.update({ where: { id: existing.id }, data: { specialistId: caller.id } });
        await ctx.audit('client.assign', 'Client', existing.id, { specialistId: caller.id });
      }
      return messageReply([
        { kind: 'paragraph', text: `${existing.ref} (${existing.clinicalTeam.name}) is on your list, waiting for a first meeting.` },
        { kind: 'note', text: `After the first meeting: /client met ${existing.ref}` },
      ]);
    }
  }
  const team = cmd.teamKey ? teams.find((t) => t.key === cmd.teamKey) : teams.length === 1 ? teams[0] : undefined;
  if (!team) {
    const keys = teams.map((t) => t.key).join(' or ') || 'none (ask an admin to attach you to a clinical team)';
    throw new DomainError(
      'CLIENT.TEAM',
      cmd.teamKey
        ? `"${cmd.teamKey}" is not one of your clinical teams: ${keys}.`
        : `Which clinical team is the person with? Yours: ${keys}.`,
      `/client add ${cmd.person.kind === 'ref' ? cmd.person.ref : cmd.person.initials} ${teams[0]?.key ?? 'northside'}`,
    );
  }
  const ref = cmd.person.kind === 'ref' ? cmd.person.ref : await nextRefFor(tx, cmd.person.initials);
  const today = toDbDate(ctx.today);
  const client = await tx.client.create({
    data: { ref, status: 'referred', specialistId: caller.id, clinicalTeamId: team.id, referredOn: today, createdAt: ctx.now },
  });
  const referral = await tx.referral.create({
    data: { clientId: client.id, clinicalTeamId: team.id, referredById: caller.id, referredOn: today, createdAt: ctx.now },
  });
  await ctx.audit('client.create', 'Client', client.id, { ref, clinicalTeamId: team.id, referralId: referral.id });
  return messageReply([
    { kind: 'heading', text: `Added: ${ref}` },
    {
      kind: 'facts',
      facts: [
        { label: 'Clinical team', value: team.name },
        { label: 'Referral date', value: describeDate(ctx.today, ctx.today) },
      ],
    },
    { kind: 'paragraph', text: `Use ${ref}, never a name, in the bot. After the first meeting: /client met ${ref}` },
  ]);
}

async function met(ctx: CommandContext, cmd: DatedClientInput): Promise<CommandReply> {
  const client = await findClientForCaller(ctx.tx, ctx.caller, cmd.clientRef, clientExamples.met);
  const on = cmd.on;
  const row = await ctx.tx.client.findUniqueOrThrow({ where: { id: client.id } });
  if (row.status === 'closed')
    throw new DomainError(
      'CLIENT.CLOSED',
      `${cmd.clientRef}'s case is closed; a clinician can re-refer them with /refer ${cmd.clientRef}.`,
      clientExamples.met,
    );
  if (row.referredOn && fromDbDate(row.referredOn) > on) {
    throw new DomainError(
      'CLIENT.MET_BEFORE_REFERRAL',
      `${cmd.clientRef} was referred on ${describeDate(fromDbDate(row.referredOn), ctx.today)}: the first meeting cannot be before that.`,
      clientExamples.met,
    );
  }
  await ctx.tx.client.update({ where: { id: client.id }, data: { status: 'active', programmeEntryOn: toDbDate(on) } });
  await ctx.audit('client.met', 'Client', client.id, { programmeEntryOn: on });
  await ctx.emit({ type: 'client.met', clientId: client.id, specialistId: row.specialistId ?? ctx.caller.id });
  return messageReply([
    { kind: 'heading', text: `${cmd.clientRef} joined the caseload` },
    {
      kind: 'paragraph',
      text: `Programme entry: ${describeDate(on, ctx.today)}. Aim for a first face-to-face employer contact about a job they want within 30 days.`,
    },
    { kind: 'note', text: `Started the vocational profile? /client profile ${cmd.clientRef}` },
  ]);
}

async function close(ctx: CommandContext, cmd: { clientRef: string; reason: string }): Promise<CommandReply> {
  const client = await findClientForCaller(ctx.tx, ctx.caller, cmd.clientRef, clientExamples.close);
  if (client.status === 'closed') throw new DomainError('CLIENT.CLOSED', `${cmd.clientRef}'s case is already closed.`, clientExamples.show);
  await ctx.tx.client.update({
    where: { id: client.id },
    data: { status: 'closed', closedOn: toDbDate(ctx.today), closeReason: cmd.reason },
  });
  await ctx.audit('client.close', 'Client', client.id, { reason: cmd.reason });
  return messageReply([
    { kind: 'paragraph', text: `${cmd.clientRef}'s case is closed (${cmd.reason}).` },
    {
      kind: 'note',
      text: 'Closing is for people who no longer want the service, not for missed appointments. A clinician can re-refer at any time.',
    },
  ]);
}

async function show(ctx: CommandContext, { clientRef: ref }: { clientRef: string }): Promise<CommandReply> {
  const client = await findVisibleClient(ctx.tx, ctx.caller, ref, clientExamples.show);
  if (clientView(ctx.caller) === 'referrer') return referrerView(ctx, client.id);
  const row = await ctx.tx.client.findUniqueOrThrow({ where: { id: client.id }, include: { clinicalTeam: true, specialist: true } });
  const entries = await clientTimeline(ctx.tx, client.id, ctx.caller.timeZone);
  await ctx.audit('client.show', 'Client', client.id, { view: 'full', rows: entries.length });
  return messageReply([
    { kind: 'heading', text: `${row.ref}: ${row.status}` },
    {
      kind: 'facts',
      facts: [
        { label: 'Clinical team', value: row.clinicalTeam.name },
        { label: 'Specialist', value: row.specialist?.displayName ?? 'not assigned yet' },
        {
          label: 'Named in celebrations',
          value: row.celebrationsOptOut ? 'no celebrations' : row.consentToBeNamed ? `yes, as ${row.firstName}` : 'no (anonymous)',
        },
      ],
    },
    { kind: 'list', title: 'Timeline', items: entries.length ? entries.map((e) => `${e.on}: ${e.text}`) : ['Nothing logged yet.'] },
  ]);
}

const caseloadRoles = ['specialist', 'supervisor'] as const;

export const client = defineCommand(
  'client',
  'The caseload: add people, log the first meeting, see a timeline, list with flags, close',
  (action) => [
    action({
      words: 'add',
      summary: 'add a person to your caseload (waiting for a first meeting)',
      usage: '/client add <client ref or initials> [clinical team]',
      examples: [clientExamples.add],
      roles: ['specialist'],
      input: clientAddInput,
      parse: parseClientAdd,
      run: add,
    }),
    action({
      words: 'met',
      summary: 'the first meeting: the person joins the active caseload (programme entry)',
      usage: '/client met <client ref> [date]',
      examples: [clientExamples.met],
      roles: caseloadRoles,
      input: datedClientInput('the meeting date'),
      parse: parseRefAndDate,
      form: {
        title: 'Log a first meeting',
        submitLabel: 'Log meeting',
        fields: [
          { name: 'clientRef', label: 'Person', kind: 'person' },
          { name: 'on', label: 'Date', kind: 'date', initial: ({ today }) => today },
        ],
      },
      run: met,
    }),
    action(benefits),
    action(disclosure),
    action(profile),
    action(plan),
    action({
      words: 'show',
      summary: "one person's journey",
      usage: '/client show <client ref>',
      examples: [clientExamples.show],
      roles: ['specialist', 'supervisor', 'clinician'],
      input: clientRefInput,
      parse: parseRefOnly(clientExamples.show),
      run: show,
    }),
    action({
      words: 'list',
      summary: "the caseload with its fidelity flags (clinicians: your team's counts)",
      usage: '/client list',
      examples: [clientExamples.list],
      roles: ['specialist', 'supervisor', 'clinician'],
      input: nothing,
      run: (ctx) => (ctx.caller.role === 'clinician' ? teamCounts(ctx) : caseloadList(ctx)),
    }),
    action({
      words: 'close',
      summary: 'close a case, with the reason (never for missed appointments)',
      usage: '/client close <client ref> <reason>',
      examples: [clientExamples.close],
      roles: caseloadRoles,
      input: clientCloseInput,
      parse: parseClientClose,
      run: close,
    }),
    action({
      words: 'consent',
      summary: 'consent to be named (first name only) in celebrations, or no celebrations',
      usage: '/client consent <client ref> name <first name>|none|no-celebrations|celebrations',
      examples: [clientExamples.consent],
      roles: caseloadRoles,
      input: clientConsentInput,
      parse: parseConsent,
      run: (ctx, input) => consent(ctx, input.clientRef, input.change),
    }),
  ],
);
