// /lead: a vacancy found while job hunting, shared with the vocational unit.
import { DomainError } from '../../core/domain-error.js';
import type { CommandReply } from '../../core/invocation.js';
import { describeDate, localDateOf } from '../../core/local-date.js';
import { messageReply } from '../../core/reply.js';
import { leadExample, leadUsage, parseLead } from '../../grammar/lead-grammar.js';
import { findClientForCaller } from '../../services/caseload.js';
import { findOrCreateEmployer } from '../../services/employers.js';
import { leadLine, leadShareMessage, leadShares } from '../../services/leads.js';
import { defineCommand } from '../action.js';
import type { CommandContext } from '../command.js';
import { nothing } from '../input-fields.js';
import { leadCloseInput, leadInput, parseLeadClose, type LeadInput } from './lead-input.js';

const closeExample = '/lead close 1 filled';

async function create(ctx: CommandContext, input: LeadInput): Promise<CommandReply> {
  const { caller, tx } = ctx;
  if (caller.organisationId === null || caller.unitId === null) {
    throw new DomainError(
      'ROSTER.NO_UNIT',
      'You are not in a vocational unit yet, so leads have nowhere to go. Ask an admin to add you to one.',
    );
  }
  const clients = [];
  for (const ref of input.clientRefs) clients.push(await findClientForCaller(tx, caller, ref, leadExample));
  const employer = await findOrCreateEmployer(tx, caller.organisationId, input.employer);
  if (employer.created) await ctx.audit('employer.create', 'Employer', employer.id, { name: employer.name });
  const lead = await tx.jobLead.create({
    data: {
      specialistId: caller.id,
      employerId: employer.id,
      role: input.role,
      hours: input.hours === undefined ? null : String(input.hours),
      pay: input.pay ?? null,
      notes: input.notes ?? null,
      createdAt: ctx.now,
      clients: { create: clients.map((c) => ({ clientId: c.id })) },
    },
  });
  await ctx.audit('lead.create', 'JobLead', lead.id, { employerId: employer.id, role: input.role, clientIds: clients.map((c) => c.id) });
  const body = leadShareMessage({ role: input.role, employer: employer.name, hours: input.hours }, caller.displayName, lead.id);
  const shares = await leadShares(tx, caller.unitId, lead.id, body);
  for (const share of shares) await ctx.enqueue(share);
  await ctx.emit({ type: 'lead.created', leadId: lead.id, specialistId: caller.id });

  const facts = [
    { label: 'Employer', value: employer.created ? `${employer.name} (new to the employer database)` : employer.name },
    { label: 'Role', value: input.role },
  ];
  if (input.hours !== undefined) facts.push({ label: 'Hours', value: `${input.hours} a week` });
  if (input.pay) facts.push({ label: 'Pay', value: input.pay });
  if (clients.length) facts.push({ label: 'For', value: clients.map((c) => c.ref).join(', ') });
  return messageReply([
    { kind: 'heading', text: `Job lead #${lead.id} logged` },
    { kind: 'facts', facts },
    {
      kind: 'paragraph',
      text: shares.length
        ? "Shared in the vocational unit's channel: the role, employer, hours and lead number only (the pay, notes and people stay with you)."
        : 'Your unit has no channel bound yet, so it was not shared; it shows in the weekly agenda.',
    },
    { kind: 'note', text: `Filled or gone? /lead close ${lead.id} filled` },
  ]);
}

async function list(ctx: CommandContext): Promise<CommandReply> {
  const { caller } = ctx;
  const where = caller.role === 'supervisor' ? { specialist: { unitId: caller.unitId ?? -1 } } : { specialistId: caller.id };
  const leads = await ctx.tx.jobLead.findMany({
    where: { ...where, status: 'open' },
    orderBy: { id: 'desc' },
    take: 50,
    include: {
      employer: { select: { name: true } },
      specialist: { select: { displayName: true } },
      clients: { include: { client: { select: { ref: true } } } },
    },
  });
  if (leads.length === 0) {
    return messageReply([
      { kind: 'heading', text: 'Open job leads' },
      { kind: 'paragraph', text: 'No open leads.' },
      { kind: 'note', text: `Log one: ${leadExample}` },
    ]);
  }
  return messageReply([
    { kind: 'heading', text: caller.role === 'supervisor' ? "Your unit's open job leads" : 'Your open job leads' },
    {
      kind: 'list',
      items: leads.map((l) => {
        const refs = l.clients.map((c) => c.client.ref).join(', ');
        const who = caller.role === 'supervisor' ? `, ${l.specialist.displayName}` : '';
        return `#${l.id} ${leadLine({ ...l, employer: l.employer.name })}${refs ? `, for ${refs}` : ''}${who} (${describeDate(localDateOf(l.createdAt, caller.timeZone), ctx.today)})`;
      }),
    },
    { kind: 'note', text: `Close one: /lead close ${leads[0]!.id} filled (or withdrawn)` },
  ]);
}

async function close(ctx: CommandContext, { id, status }: { id: number; status: 'filled' | 'withdrawn' }): Promise<CommandReply> {
  const { caller, tx } = ctx;
  const lead = await tx.jobLead.findUnique({
    where: { id },
    include: { specialist: { select: { unitId: true } }, employer: { select: { name: true } } },
  });
  const mayClose = lead && (lead.specialistId === caller.id || (caller.role === 'supervisor' && lead.specialist.unitId === caller.unitId));
  if (!lead || !mayClose)
    throw new DomainError('LEAD.NOT_YOURS', `Lead #${id} is not one of your leads. /lead list shows yours.`, closeExample);
  if (lead.status !== 'open') throw new DomainError('LEAD.CLOSED', `Lead #${id} is already closed (${lead.status}).`, '/lead list');
  await tx.jobLead.update({ where: { id }, data: { status, closedAt: ctx.now } });
  await ctx.audit('lead.close', 'JobLead', id, { status });
  return messageReply([
    { kind: 'paragraph', text: `Lead #${id} (${leadLine({ ...lead, employer: lead.employer.name })}) closed as ${status}.` },
  ]);
}

const roles = ['specialist', 'supervisor'] as const;

export const lead = defineCommand('lead', 'Log a job lead and share it with the IPS team', (action) => [
  action({
    words: '',
    summary: "log a job lead; the unit's channel sees the role, employer and hours",
    usage: leadUsage,
    examples: [leadExample],
    roles,
    input: leadInput,
    parse: (text) => parseLead(text),
    form: {
      title: 'Log a job lead',
      submitLabel: 'Log lead',
      fields: [
        { name: 'employer', label: 'Employer', kind: 'employer' },
        { name: 'role', label: 'Role', kind: 'text', placeholder: 'Barista' },
        { name: 'hours', label: 'Hours a week', kind: 'text', placeholder: '20' },
        { name: 'pay', label: 'Pay', kind: 'text', placeholder: '£12.60/h' },
        {
          name: 'clientRefs',
          label: 'For (client references)',
          kind: 'people',
          placeholder: 'SJ-14',
          hint: 'Separate several with spaces.',
        },
        { name: 'notes', label: 'Notes', kind: 'multiline', placeholder: 'Weekend shifts; ask for Maria.' },
      ],
    },
    run: create,
  }),
  action({
    words: 'list',
    summary: "open leads: yours, or for a supervisor the unit's",
    usage: '/lead list',
    examples: ['/lead list'],
    roles,
    input: nothing,
    run: list,
  }),
  action({
    words: 'close',
    summary: 'close a lead as filled or withdrawn',
    usage: '/lead close <id> [filled|withdrawn]',
    examples: [closeExample],
    roles,
    input: leadCloseInput,
    parse: parseLeadClose,
    run: close,
  }),
]);
