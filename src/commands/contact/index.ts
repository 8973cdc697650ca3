// /contact: log an employer contact right after a visit, from a phone.
import { DomainError } from '../../core/domain-error.js';
import type { CommandReply } from '../../core/invocation.js';
import { addLocalDays, describeDate } from '../../core/local-date.js';
import type { Block } from '../../core/message.js';
import { messageReply } from '../../core/reply.js';
import { contactExample, contactUsage, parseContact } from '../../grammar/contact-grammar.js';
import { findClientForCaller } from '../../services/caseload.js';
import {
  contactsInWeek,
  contactTypeLabels,
  createContact,
  faceToFaceInWeek,
  lastContactSince,
  renumberCupsOfTea,
  weeklyFaceToFaceTarget,
} from '../../services/contacts.js';
import { findOrCreateEmployer } from '../../services/employers.js';
import { defineCommand } from '../action.js';
import type { CommandContext } from '../command.js';
import { nothing } from '../input-fields.js';
import { contactInput, contactTypes, type ContactInput } from './contact-input.js';

function weekLine(count: number): string {
  const left = weeklyFaceToFaceTarget - count;
  return left > 0
    ? `This week: ${count} of ${weeklyFaceToFaceTarget} face-to-face employer contacts (${left} to go).`
    : `This week: ${count} face-to-face employer contacts, target of ${weeklyFaceToFaceTarget} met.`;
}

async function logContact(ctx: CommandContext, input: ContactInput): Promise<CommandReply> {
  const { caller, tx } = ctx;
  if (caller.organisationId === null) {
    throw new DomainError(
      'ROSTER.NO_UNIT',
      'You are not in a vocational unit yet, so contacts have nowhere to go. Ask an admin to add you to one.',
    );
  }
  const client = input.clientRef ? await findClientForCaller(tx, caller, input.clientRef, contactExample) : undefined;
  const employer = await findOrCreateEmployer(tx, caller.organisationId, input.employer);
  if (employer.created) await ctx.audit('employer.create', 'Employer', employer.id, { name: employer.name });
  const contact = await createContact(
    tx,
    {
      specialistId: caller.id,
      employerId: employer.id,
      clientId: client?.id,
      contactedOn: input.contactedOn,
      type: input.type,
      nextContactOn: input.nextContactOn,
      // Contacts with an employer record flagged as benefits staff (Jobcentre Plus) are liaison, whatever was typed.
      benefitsLiaison: input.benefitsLiaison || employer.benefitsLiaison,
      details: input.details,
      loggedAt: ctx.now,
    },
    ctx.today,
  );
  await ctx.audit('contact.create', 'EmployerContact', contact.id, {
    employerId: employer.id,
    clientId: client?.id ?? null,
    type: input.type,
    contactedOn: input.contactedOn,
  });
  const facts = [
    { label: 'Employer', value: employer.created ? `${employer.name} (new to the employer database)` : employer.name },
    { label: 'Type', value: contactTypeLabels[input.type] },
    { label: 'Date', value: describeDate(input.contactedOn, ctx.today) },
    { label: 'Cup of tea', value: contact.cupOfTea === 0 ? 'not met in person yet' : `#${contact.cupOfTea} with this employer` },
  ];
  if (client) facts.push({ label: 'For', value: client.ref });
  facts.push({ label: 'Next contact', value: input.nextContactOn ? describeDate(input.nextContactOn, ctx.today) : 'none planned' });
  if (input.benefitsLiaison || employer.benefitsLiaison)
    facts.push({ label: 'Benefits liaison', value: 'yes: fidelity item 6, not an employer contact for item 17' });
  const blocks: Block[] = [
    { kind: 'heading', text: 'Employer contact logged' },
    { kind: 'facts', facts },
    { kind: 'paragraph', text: weekLine(contact.faceToFaceInWeek) },
  ];
  if (!input.nextContactOn)
    blocks.push({ kind: 'note', text: 'Tip: add "next tue" (or any date) to plan the follow-up; the bot reminds you on the day.' });
  blocks.push({ kind: 'note', text: `Wrong? /contact undo within ${ctx.settings.undoWindowMinutes} minutes.` });
  return messageReply(blocks);
}

async function undo(ctx: CommandContext): Promise<CommandReply> {
  const since = new Date(ctx.now.getTime() - ctx.settings.undoWindowMinutes * 60_000);
  const last = await lastContactSince(ctx.tx, ctx.caller.id, since);
  if (!last) {
    throw new DomainError(
      'CONTACT.NOTHING_TO_UNDO',
      `You have no employer contact logged in the last ${ctx.settings.undoWindowMinutes} minutes to undo. /contact list shows this week's.`,
    );
  }
  await ctx.tx.employerContact.delete({ where: { id: last.id } });
  await renumberCupsOfTea(ctx.tx, last.specialistId, last.employerId);
  // The audit event keeps the whole entry, since the row itself is gone.
  await ctx.audit('contact.undo', 'EmployerContact', last.id, { ...last, employer: last.employer.name, client: last.client?.ref ?? null });
  const count = await faceToFaceInWeek(ctx.tx, ctx.caller.id, ctx.today);
  return messageReply([
    { kind: 'heading', text: 'Contact removed' },
    {
      kind: 'paragraph',
      text: `Removed: ${contactTypeLabels[last.type].toLowerCase()} with ${last.employer.name}${last.client ? ` for ${last.client.ref}` : ''}.`,
    },
    { kind: 'paragraph', text: weekLine(count) },
  ]);
}

async function list(ctx: CommandContext): Promise<CommandReply> {
  const rows = await contactsInWeek(ctx.tx, ctx.caller.id, ctx.today);
  const count = rows.filter((r) => (r.type === 'face_to_face' || r.type === 'visit') && !r.benefitsLiaison).length;
  if (rows.length === 0) {
    return messageReply([
      { kind: 'heading', text: 'Your employer contacts this week' },
      { kind: 'paragraph', text: 'None yet this week.' },
      { kind: 'note', text: `Log one: ${contactExample}` },
    ]);
  }
  return messageReply([
    { kind: 'heading', text: 'Your employer contacts this week' },
    {
      kind: 'list',
      items: rows.map(
        (r) =>
          `${describeDate(r.contactedOn, ctx.today)}: ${contactTypeLabels[r.type]}, ${r.employer.name}` +
          `${r.client ? `, for ${r.client.ref}` : ''}, cup of tea ${r.cupOfTea}` +
          (r.nextContactOn ? `, next ${describeDate(r.nextContactOn, ctx.today)}` : ''),
      ),
    },
    { kind: 'paragraph', text: weekLine(count) },
  ]);
}

const roles = ['specialist', 'supervisor'] as const;

export const contact = defineCommand('contact', 'Log an employer contact (face to face, phone, email, visit)', (action) => [
  action({
    words: '',
    summary: 'log an employer contact right after it happened',
    usage: contactUsage,
    examples: [contactExample, '/contact Beautiful Blooms Nursery email next in 2 weeks'],
    roles,
    input: contactInput,
    parse: (text, env) => parseContact(text, env.today),
    form: {
      title: 'Log an employer contact',
      submitLabel: 'Log contact',
      fields: [
        { name: 'employer', label: 'Employer', kind: 'employer' },
        {
          name: 'type',
          label: 'Contact type',
          kind: 'choice',
          initial: 'face_to_face',
          options: contactTypes.map((value) => ({ value, label: contactTypeLabels[value] })),
        },
        { name: 'clientRef', label: 'Person', kind: 'person', hint: 'Leave empty for a contact about no one in particular.' },
        { name: 'contactedOn', label: 'Date', kind: 'date', initial: ({ today }) => today },
        { name: 'nextContactOn', label: 'Next contact planned', kind: 'date', initial: ({ today }) => addLocalDays(today, 7) },
        { name: 'details', label: 'Details', kind: 'multiline', placeholder: 'Spoke to the hiring manager; back on Tuesday week.' },
      ],
    },
    run: logContact,
  }),
  action({
    words: 'list',
    summary: "this week's employer contacts",
    usage: '/contact list',
    examples: ['/contact list'],
    roles,
    input: nothing,
    run: list,
  }),
  action({
    words: 'undo',
    summary: 'remove your last contact, logged within the undo window',
    usage: '/contact undo',
    examples: ['/contact undo'],
    roles,
    input: nothing,
    run: undo,
  }),
]);
