// /client: the caseload itself. Specialists add people, log the first meeting
// and the vocational profile, look at one person's journey, list the caseload
// with its fidelity flags, and close cases; clinicians see their team's counts.
import { DomainError } from '../../core/domain-error.js';
import type { CommandReply } from '../../core/invocation.js';
import { describeDate, toDbDate } from '../../core/local-date.js';
import { messageReply } from '../../core/reply.js';
import {
  clientExamples,
  parseClientAdd,
  parseClientClose,
  parseConsent,
  parseRefAndDate,
  parseRefOnly,
} from '../../grammar/client-grammar.js';
import { findVisibleClient } from '../../services/caseload.js';
import { nextRefFor } from '../../services/client-refs.js';
import { clientTimeline } from '../../services/client-timeline.js';
import { defineCommand } from '../action.js';
import type { CommandContext } from '../command.js';
import { nothing } from '../input-fields.js';
import { caseloadList, teamCounts } from './client-list.js';
import { clientContactTypeLabels, clientContactTypeList, contactPlaceList } from '../../grammar/client-contact-grammar.js';
import { closeReasonLabels, closeReasonList } from '../../grammar/close-reasons.js';
import { consent } from './client-consent.js';
import { benefits, disclosure, plan, profile } from './client-evidence.js';
import { referrerView } from './client-referrer-view.js';
import { clientView } from '../../access/access-policy.js';
import { clientMetUsage, interviewUsage, parseClientMet, parseInterview } from '../../grammar/client-contact-grammar.js';
import { clientCloseInput, close, reopen, stepdown, stepdownInput } from './client-close.js';
import { interview, interviewInput } from './client-interview.js';
import { clientMetInput, met } from './client-met.js';
import { parseTransfer, transfer, transferExample, transferInput } from './client-transfer.js';
import { clientAddInput, clientConsentInput, clientRefInput, type ClientAddInput } from './client-input.js';

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
  const today = toDbDate(cmd.referredOn);
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
        { label: 'Referral date', value: describeDate(cmd.referredOn, ctx.today) },
      ],
    },
    { kind: 'paragraph', text: `Use ${ref}, never a name, in the bot. After the first meeting: /client met ${ref}` },
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

export const client = defineCommand('client', 'The caseload: add people, log meetings and interviews, list with flags, close', (action) => [
  action({
    words: 'add',
    summary: 'add a person to your caseload (waiting for a first meeting)',
    usage: '/client add <client ref or initials> [clinical team] [referred <date>]',
    examples: [clientExamples.add, '/client add MT northside referred 2/11'],
    roles: ['specialist'],
    input: clientAddInput,
    parse: parseClientAdd,
    run: add,
  }),
  action({
    words: 'met',
    summary: 'a meeting with the person (face to face unless you say); the first face-to-face one is the programme entry',
    usage: clientMetUsage,
    examples: [clientExamples.met, '/client met SJ-14 phone yesterday'],
    roles: caseloadRoles,
    input: clientMetInput,
    parse: (text, env) => parseClientMet(text, env.today),
    form: {
      title: 'Log a meeting with a person',
      submitLabel: 'Log meeting',
      fields: [
        { name: 'clientRef', label: 'Person', kind: 'person' },
        {
          name: 'type',
          label: 'How',
          kind: 'choice',
          options: clientContactTypeList.map((t) => ({ value: t, label: clientContactTypeLabels[t] })),
          initial: 'face_to_face',
        },
        { name: 'place', label: 'Where', kind: 'choice', options: contactPlaceList.map((p) => ({ value: p, label: p })) },
        { name: 'on', label: 'Date', kind: 'date', initial: ({ today }) => today },
        { name: 'notes', label: 'Notes', kind: 'multiline', placeholder: 'Talked through the first week at work.' },
      ],
    },
    run: met,
  }),
  action({
    words: 'interview',
    summary: 'a job interview (the first since joining is a milestone)',
    usage: interviewUsage,
    examples: [clientExamples.interview],
    roles: caseloadRoles,
    input: interviewInput,
    parse: (text, env) => parseInterview(text, env.today),
    form: {
      title: 'Log a job interview',
      submitLabel: 'Log interview',
      fields: [
        { name: 'clientRef', label: 'Person', kind: 'person' },
        { name: 'employer', label: 'Employer', kind: 'employer' },
        { name: 'on', label: 'Date', kind: 'date', initial: ({ today }) => today },
        { name: 'notes', label: 'Notes', kind: 'multiline', placeholder: 'Went well; hear back Friday.' },
      ],
    },
    run: interview,
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
    summary: 'close a case, with a reason from the list (never for missed appointments)',
    usage: `/client close <client ref> <${closeReasonList.join('|')} <note>>`,
    examples: [clientExamples.close],
    roles: caseloadRoles,
    input: clientCloseInput,
    parse: parseClientClose,
    form: {
      title: 'Close a case',
      submitLabel: 'Close case',
      fields: [
        { name: 'clientRef', label: 'Person', kind: 'person' },
        {
          name: 'reason',
          label: 'Reason',
          kind: 'choice',
          options: closeReasonList.map((r) => ({ value: r, label: closeReasonLabels[r] })),
        },
        { name: 'note', label: 'Note', kind: 'text', placeholder: 'Needed for "other"' },
      ],
    },
    run: close,
  }),
  action({
    words: 'stepdown',
    summary: 'step down after steady work: follow-along ends and the person leaves the active caseload',
    usage: '/client stepdown <client ref> [date]',
    examples: ['/client stepdown MT-21'],
    roles: caseloadRoles,
    input: stepdownInput,
    parse: parseRefAndDate,
    run: stepdown,
  }),
  action({
    words: 'reopen',
    summary: 'reopen a closed case',
    usage: '/client reopen <client ref>',
    examples: ['/client reopen MT-21'],
    roles: caseloadRoles,
    input: clientRefInput,
    parse: parseRefOnly('/client reopen MT-21'),
    run: reopen,
  }),
  action({
    words: 'transfer',
    summary: 'hand a person to another specialist of the unit, history intact',
    usage: '/client transfer <client ref> <specialist handle>',
    examples: [transferExample],
    roles: ['supervisor'],
    input: transferInput,
    parse: parseTransfer,
    run: transfer,
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
]);
