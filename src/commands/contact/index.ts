// /contact: log an employer contact right after a visit, from a phone.
import { z } from 'zod';
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
  faceToFaceInWeek,
  logEmployerContact,
  lastContactSince,
  renumberCupsOfTea,
  weeklyFaceToFaceTarget,
} from '../../services/contacts.js';
import { defineCommand } from '../action.js';
import type { CommandContext, StatementContext } from '../command.js';
import type { Settings } from '../settings.js';
import { nothing } from '../input-fields.js';
import { contactInput, contactTypes, type ContactInput } from './contact-input.js';

function weekLine(count: number): string {
  const left = weeklyFaceToFaceTarget - count;
  return left > 0
    ? `This week: ${count} of ${weeklyFaceToFaceTarget} face-to-face employer contacts (${left} to go).`
    : `This week: ${count} face-to-face employer contacts, target of ${weeklyFaceToFaceTarget} met.`;
}

/**
 * What a logged contact's reply is made from: the input, and what storing it
 * found and counted. "Cup of tea" is how many times this specialist has met
 * this employer in person, this contact included: an email after a first
 * visit is still cup of tea 1, as in the seed's example log. The week's count
 * includes this contact; benefits liaison is as typed, or the employer is
 * flagged as benefits staff.
 */
const loggedContact = z.object({
  today: z.string(),
  type: z.enum(contactTypes),
  contactedOn: z.string(),
  nextContactOn: z.string().nullable(),
  clientRef: z.string().nullable(),
  contactId: z.number().int(),
  employer: z.string(),
  employerCreated: z.boolean(),
  benefitsLiaison: z.boolean(),
  cupOfTea: z.number().int(),
  faceToFaceInWeek: z.number().int(),
});
type LoggedContact = z.output<typeof loggedContact>;

async function logContact(ctx: StatementContext, input: ContactInput): Promise<unknown> {
  const { caller } = ctx;
  if (caller.organisationId === null) {
    throw new DomainError(
      'ROSTER.NO_UNIT',
      'You are not in a vocational unit yet, so contacts have nowhere to go. Ask an admin to add you to one.',
    );
  }
  const client = input.clientRef ? await findClientForCaller(ctx.db, caller, input.clientRef, contactExample) : undefined;
  const echo = {
    today: ctx.today,
    type: input.type,
    contactedOn: input.contactedOn,
    nextContactOn: input.nextContactOn ?? null,
    clientRef: client?.ref ?? null,
  } satisfies Partial<LoggedContact>;
  return logEmployerContact(
    ctx.db,
    {
      organisationId: caller.organisationId,
      employer: input.employer,
      specialistId: caller.id,
      clientId: client?.id,
      contactedOn: input.contactedOn,
      type: input.type,
      nextContactOn: input.nextContactOn,
      benefitsLiaison: input.benefitsLiaison,
      details: input.details,
    },
    { platform: ctx.invocation.platform, key: ctx.key, at: ctx.now, weekOf: ctx.today, stored: { ...ctx.stored, result: echo } },
  );
}

function contactLoggedReply(logged: LoggedContact, settings: Settings): CommandReply {
  const { today } = logged;
  const facts = [
    { label: 'Employer', value: logged.employerCreated ? `${logged.employer} (new to the employer database)` : logged.employer },
    { label: 'Type', value: contactTypeLabels[logged.type] },
    { label: 'Date', value: describeDate(logged.contactedOn, today) },
    { label: 'Cup of tea', value: logged.cupOfTea === 0 ? 'not met in person yet' : `#${logged.cupOfTea} with this employer` },
  ];
  if (logged.clientRef) facts.push({ label: 'For', value: logged.clientRef });
  facts.push({ label: 'Next contact', value: logged.nextContactOn ? describeDate(logged.nextContactOn, today) : 'none planned' });
  if (logged.benefitsLiaison) facts.push({ label: 'Benefits liaison', value: 'yes: fidelity item 6, not an employer contact for item 17' });
  const blocks: Block[] = [
    { kind: 'heading', text: 'Employer contact logged' },
    { kind: 'facts', facts },
    { kind: 'paragraph', text: weekLine(logged.faceToFaceInWeek) },
  ];
  if (!logged.nextContactOn)
    blocks.push({ kind: 'note', text: 'Tip: add "next tue" (or any date) to plan the follow-up; the bot reminds you on the day.' });
  blocks.push({ kind: 'note', text: `Wrong? /contact undo within ${settings.undoWindowMinutes} minutes.` });
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
    statement: { write: logContact, result: loggedContact, reply: contactLoggedReply },
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
