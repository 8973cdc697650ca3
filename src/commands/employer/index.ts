// /employer: the seed's employer database. Add an employer or fill in its
// record (address, phone, contact person, type of business, types of job,
// likely hours, outcome, benefits-liaison flag); with only a name, show it.
// The last contact date follows the contact log by itself.
import { z } from 'zod';
import { DomainError } from '../../core/domain-error.js';
import type { CommandReply } from '../../core/invocation.js';
import { describeDate, fromDbDate } from '../../core/local-date.js';
import { messageReply } from '../../core/reply.js';
import { employerExample, employerUsage, parseEmployer } from '../../grammar/employer-grammar.js';
import { findOrCreateEmployer } from '../../services/employers.js';
import { defineCommand } from '../action.js';
import type { CommandContext } from '../command.js';
import { employerName, text, yesNo } from '../input-fields.js';

const field = (what: string) => text(what, 200).optional();

function employerInput() {
  return z.object({
    name: employerName(),
    address: field('The address'),
    phone: text('The phone number', 40).optional(),
    contactPerson: field('The contact person'),
    businessType: field('The type of business'),
    jobTypes: field('The types of job'),
    likelyHours: text('The likely hours', 80).optional(),
    outcome: text('The outcome', 500).optional(),
    benefitsLiaison: yesNo().optional(),
  });
}
type EmployerInput = z.output<ReturnType<typeof employerInput>>;

const labels = {
  address: 'Address',
  phone: 'Tel no.',
  contactPerson: 'Contact',
  businessType: 'Type of business',
  jobTypes: 'Types of job',
  likelyHours: 'Likely hours',
  outcome: 'Outcome',
} as const;

async function employer(ctx: CommandContext, input: EmployerInput): Promise<CommandReply> {
  const { caller, tx } = ctx;
  if (caller.organisationId === null)
    throw new DomainError('ROSTER.NO_UNIT', 'You are not in a vocational unit yet. Ask an admin to add you to one.', employerExample);
  const found = await findOrCreateEmployer(tx, caller.organisationId, input.name);
  if (found.created) await ctx.audit('employer.create', 'Employer', found.id, { name: found.name });
  const { name, ...fields } = input;
  const changed = (Object.keys(fields) as (keyof typeof fields)[]).filter((key) => fields[key] !== undefined);
  const changes = Object.fromEntries(changed.map((key) => [key, fields[key]]));
  const record = changed.length
    ? await tx.employer.update({ where: { id: found.id }, data: changes })
    : await tx.employer.findUniqueOrThrow({ where: { id: found.id } });
  if (changed.length) await ctx.audit('employer.update', 'Employer', found.id, { name, ...changes });
  const contacts = await tx.employerContact.count({ where: { employerId: found.id } });
  const facts: { label: string; value: string }[] = (Object.keys(labels) as (keyof typeof labels)[]).map((key) => ({
    label: labels[key],
    value: record[key] ?? '–',
  }));
  facts.push(
    {
      label: 'Last contact',
      value: record.lastContactOn ? `${describeDate(fromDbDate(record.lastContactOn), ctx.today)} (${contacts} logged)` : 'none logged',
    },
    {
      label: 'Benefits liaison',
      value: record.benefitsLiaison ? 'yes: contacts with them count for item 6, not as employer contacts' : 'no',
    },
  );
  return messageReply([
    {
      kind: 'heading',
      text: `${found.created ? 'New employer' : changed.length ? 'Employer updated' : 'Employer'}: ${record.name}`,
    },
    { kind: 'facts', facts },
    ...(changed.length
      ? []
      : [{ kind: 'note' as const, text: `Fill in the record: ${employerExample.replace('"Harbour Café"', `"${record.name}"`)}` }]),
  ]);
}

export const employerCommand = defineCommand('employer', 'Add an employer or fill in its record (the employer database)', (action) => [
  action({
    words: '',
    summary:
      'add or update an employer record: address, phone, contact, type of business, types of job, likely hours, outcome, benefits liaison',
    usage: employerUsage,
    examples: [employerExample, '/employer "Jobcentre Plus" benefits contact Sam Reid', "/employer Perry's Garden Centre"],
    roles: ['specialist', 'supervisor'],
    input: employerInput,
    parse: (line) => parseEmployer(line),
    form: {
      title: 'Employer record',
      submitLabel: 'Save employer',
      fields: [
        { name: 'name', label: 'Employer', kind: 'employer' },
        { name: 'address', label: 'Address', kind: 'text' },
        { name: 'phone', label: 'Tel no.', kind: 'text' },
        { name: 'contactPerson', label: 'Name of contact', kind: 'text', placeholder: 'Jo Bloggs, hiring manager' },
        { name: 'businessType', label: 'Type of business', kind: 'text', placeholder: 'Café' },
        { name: 'jobTypes', label: 'Types of job', kind: 'text', placeholder: 'Barista, kitchen porter' },
        { name: 'likelyHours', label: 'Likely hours of work', kind: 'text', placeholder: '10-30' },
        { name: 'outcome', label: 'Outcome of contact', kind: 'multiline' },
        {
          name: 'benefitsLiaison',
          label: 'Benefits or employment programme staff?',
          kind: 'yesno',
          hint: 'Jobcentre Plus and the like: contacts count for item 6, not as employer contacts.',
        },
      ],
    },
    run: employer,
  }),
]);
