// The Block Kit and modal renderers on their own: what Slack is sent for each
// kind of block and field, and how a submitted modal becomes form values.
import { describe, expect, it } from 'vitest';
import { escapeMrkdwn, unescapeSlackText } from '../../adapters/slack/mrkdwn.js';
import { readButtonValue, renderBlocks, renderMessage } from '../../adapters/slack/render-blocks.js';
import { formValues, modalErrors, readMetadata, renderModal } from '../../adapters/slack/render-modal.js';
import type { Block, FormSpec } from '../../src/core/message.js';
import { message } from '../../src/core/reply.js';

describe('mrkdwn', () => {
  it.each([
    ['M&S <Foodhall>', 'M&amp;S &lt;Foodhall&gt;'],
    ['Linked: <@U0CHEN001|chen> is Chen', 'Linked: <@U0CHEN001|chen> is Chen'],
    ['<@U0A> & <b>', '<@U0A> &amp; &lt;b&gt;'],
    ['a < b > c', 'a &lt; b &gt; c'],
  ])('escapes %j as %j', (text, escaped) => {
    expect(escapeMrkdwn(text)).toBe(escaped);
  });

  it('reads slash command text as typed', () => {
    expect(unescapeSlackText('M&amp;S &lt;x&gt; <@U1|al>')).toBe('M&S <x> <@U1|al>');
  });
});

describe('Block Kit', () => {
  const cases: [string, Block, unknown[]][] = [
    [
      'heading → header',
      { kind: 'heading', text: 'Week 48' },
      [{ type: 'header', text: { type: 'plain_text', text: 'Week 48', emoji: true } }],
    ],
    [
      'paragraph → escaped mrkdwn section',
      { kind: 'paragraph', text: 'A & B' },
      [{ type: 'section', text: { type: 'mrkdwn', text: 'A &amp; B' } }],
    ],
    [
      'facts → section fields',
      {
        kind: 'facts',
        facts: [
          { label: 'Employer', value: "Perry's" },
          { label: 'Type', value: 'Phone' },
        ],
      },
      [
        {
          type: 'section',
          fields: [
            { type: 'mrkdwn', text: "*Employer*\nPerry's" },
            { type: 'mrkdwn', text: '*Type*\nPhone' },
          ],
        },
      ],
    ],
    [
      'list → bullets',
      { kind: 'list', title: 'Due', items: ['SJ-14', 'MT-21'] },
      [{ type: 'section', text: { type: 'mrkdwn', text: '*Due*\n• SJ-14\n• MT-21' } }],
    ],
    ['note → context', { kind: 'note', text: 'Tip' }, [{ type: 'context', elements: [{ type: 'mrkdwn', text: 'Tip' }] }]],
    ['divider', { kind: 'divider' }, [{ type: 'divider' }]],
    [
      'buttons → actions carrying command and args',
      { kind: 'buttons', buttons: [{ label: 'Log one', command: 'contact', args: 'form', style: 'primary' }] },
      [
        {
          type: 'actions',
          elements: [
            {
              type: 'button',
              action_id: 'run:0.0.0',
              text: { type: 'plain_text', text: 'Log one', emoji: true },
              value: '{"command":"contact","args":"form"}',
              style: 'primary',
            },
          ],
        },
      ],
    ],
  ];
  it.each(cases)('%s', (_, block, expected) => {
    expect(renderBlocks([block])).toEqual(expected);
  });

  it('splits more than 10 facts into sections of 10, and caps a message at 50 blocks', () => {
    const facts = Array.from({ length: 23 }, (_, i) => ({ label: `L${i}`, value: `${i}` }));
    expect(renderBlocks([{ kind: 'facts', facts }]).map((b) => (b as { fields: unknown[] }).fields.length)).toEqual([10, 10, 3]);
    const many = renderBlocks(Array.from({ length: 80 }, () => ({ kind: 'divider' as const })));
    expect(many).toHaveLength(50);
    expect(many.at(-1)).toMatchObject({ type: 'context' });
  });

  it('keeps the plain-text fallback, escaped', () => {
    expect(renderMessage(message([{ kind: 'paragraph', text: 'A & B' }])).text).toBe('A &amp; B');
  });

  it.each([
    ['{"command":"contact","args":"list"}', { command: 'contact', args: 'list' }],
    ['{"command":"contact"}', undefined],
    ['not json', undefined],
    [undefined, undefined],
  ])('reads button value %j', (value, expected) => {
    expect(readButtonValue(value)).toEqual(expected);
  });
});

describe('modals', () => {
  const form: FormSpec = {
    command: 'lead',
    action: '',
    title: 'Share a job lead with the whole team',
    submitLabel: 'Share',
    fields: [
      { name: 'employer', label: 'Employer', kind: 'choice', required: true, suggest: 'employers', options: [] },
      { name: 'role', label: 'Role', kind: 'text', required: true, placeholder: 'Barista' },
      { name: 'client', label: 'Person', kind: 'choice', required: false, suggest: 'caseload', options: [] },
      {
        name: 'hours',
        label: 'Hours',
        kind: 'choice',
        required: false,
        options: [
          { value: 'pt', label: 'Part time' },
          { value: 'ft', label: 'Full time' },
        ],
        initial: 'ft',
      },
      { name: 'start', label: 'Start', kind: 'date', required: false },
    ],
  };
  const view = renderModal(form, { command: 'lead', action: '', channel: 'C1' });

  it("renders fields as input blocks named after the fields, within Slack's limits", () => {
    expect(view.title.text).toHaveLength(24);
    expect(readMetadata(view.private_metadata!)).toEqual({ command: 'lead', action: '', channel: 'C1' });
    expect(
      view.blocks.map((b) => [b.block_id, (b as { optional: boolean }).optional, (b as { element: { type: string } }).element.type]),
    ).toEqual([
      ['employer', true, 'external_select'],
      ['employer.new', true, 'plain_text_input'],
      ['role', false, 'plain_text_input'],
      // An empty caseload cannot be a select: Slack refuses one without options.
      ['client', true, 'plain_text_input'],
      ['hours', true, 'static_select'],
      ['start', true, 'datepicker'],
    ]);
    expect(view.blocks[4]).toMatchObject({ element: { initial_option: { value: 'ft' } } });
  });

  const state = (employer: string | null, typed: string | null) => ({
    employer: { suggest_employers: { type: 'external_select', selected_option: employer ? { value: employer } : null } },
    'employer.new': { 'employer.new': { type: 'plain_text_input', value: typed } },
    role: { role: { type: 'plain_text_input', value: ' Barista ' } },
    client: { client: { type: 'plain_text_input', value: null } },
    hours: { hours: { type: 'static_select', selected_option: { value: 'pt' } } },
    start: { start: { type: 'datepicker', selected_date: '2026-12-01' } },
  });

  it.each([
    ['picked', state("Perry's", null), "Perry's"],
    ['typed new', state(null, 'Quayside Cafe'), 'Quayside Cafe'],
    ['both: the typed one wins', state("Perry's", 'Quayside Cafe'), 'Quayside Cafe'],
    ['neither', state(null, '  '), undefined],
  ])('employer %s', (_, submitted, employer) => {
    expect(formValues(submitted)).toEqual({ ...(employer ? { employer } : {}), role: 'Barista', hours: 'pt', start: '2026-12-01' });
  });

  it('maps field errors to blocks; an error about no field goes on the first one', () => {
    const error = (fieldErrors?: Record<string, string>) => ({
      kind: 'error' as const,
      message: message([{ kind: 'paragraph', text: 'Nope.' }]),
      ...(fieldErrors ? { fieldErrors } : {}),
    });
    expect(modalErrors(error({ role: 'Too long.' }), view.blocks, state(null, null))).toEqual({ role: 'Too long.' });
    expect(modalErrors(error({ employer: 'Too short.' }), view.blocks, state(null, 'X'))).toEqual({ 'employer.new': 'Too short.' });
    expect(modalErrors(error({ employer: 'Too short.' }), view.blocks, state(null, null))).toEqual({ employer: 'Too short.' });
    expect(modalErrors(error(), view.blocks, state(null, null))).toEqual({ employer: 'Nope.' });
    expect(modalErrors(error({ nosuch: 'Odd.' }), view.blocks, state(null, null))).toEqual({ employer: 'Odd.' });
  });
});
