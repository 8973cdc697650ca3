// How the core's message blocks and forms look as Adaptive Cards.
import { describe, expect, it } from 'vitest';
import { formCard, formValues, messageActivity, messageCard } from '../../adapters/teams/adaptive-card.js';
import type { Block, FormSpec } from '../../src/core/message.js';
import { message } from '../../src/core/reply.js';

const png = { name: 'chart.png', mimeType: 'image/png', base64: 'iVBORw0KGgo=' };
const csv = { name: 'contacts-2026-W48.csv', mimeType: 'text/csv', base64: Buffer.from('a,b\n1,2\n').toString('base64') };

describe('message cards', () => {
  it.each<[string, Block, object[]]>([
    [
      'heading',
      { kind: 'heading', text: 'Week 48' },
      [{ type: 'TextBlock', text: 'Week 48', size: 'Large', weight: 'Bolder', wrap: true }],
    ],
    ['paragraph', { kind: 'paragraph', text: 'Hello' }, [{ type: 'TextBlock', text: 'Hello', wrap: true }]],
    [
      'facts',
      { kind: 'facts', facts: [{ label: 'Type', value: 'Phone call' }] },
      [{ type: 'FactSet', facts: [{ title: 'Type', value: 'Phone call' }] }],
    ],
    [
      'list',
      { kind: 'list', title: 'Due', items: ['SJ-14', 'MT-21'] },
      [
        { type: 'TextBlock', text: 'Due', weight: 'Bolder', wrap: true },
        { type: 'TextBlock', text: '• SJ-14', spacing: 'Small', wrap: true },
        { type: 'TextBlock', text: '• MT-21', spacing: 'Small', wrap: true },
      ],
    ],
    [
      'note',
      { kind: 'note', text: 'Undo within 30 minutes' },
      [{ type: 'TextBlock', text: 'Undo within 30 minutes', size: 'Small', isSubtle: true, wrap: true }],
    ],
    ['divider', { kind: 'divider' }, [{ type: 'Container', separator: true, spacing: 'Medium', items: [] }]],
    [
      'buttons',
      { kind: 'buttons', buttons: [{ label: 'Undo', command: 'contact', args: 'undo', style: 'danger' }] },
      [
        {
          type: 'ActionSet',
          actions: [{ type: 'Action.Submit', title: 'Undo', style: 'destructive', data: { command: 'contact', args: 'undo' } }],
        },
      ],
    ],
  ])('renders a %s block', (_kind, block, elements) => {
    expect(messageCard(message([block])).body).toEqual(elements);
  });

  it('shows a picture as an Image with a data URL, and a CSV as a file attachment', () => {
    const activity = messageActivity(
      message(
        [
          { kind: 'heading', text: 'Digest' },
          { kind: 'image', file: 'chart.png', alt: 'Contacts per week' },
        ],
        [png, csv],
      ),
    );
    const [card, file] = activity.attachments!;
    expect(card!.content.body[1]).toEqual({
      type: 'Image',
      url: `data:image/png;base64,${png.base64}`,
      altText: 'Contacts per week',
      size: 'Stretch',
    });
    expect(card!.content.fallbackText).toContain('Digest');
    expect(file).toEqual({ contentType: 'text/csv', name: csv.name, contentUrl: `data:text/csv;base64,${csv.base64}` });
    expect(activity.summary).toBe('Digest');
  });
});

describe('form cards', () => {
  const form: FormSpec = {
    command: 'contact',
    title: 'Log an employer contact',
    submitLabel: 'Log contact',
    fields: [
      {
        name: 'employer',
        label: 'Employer',
        kind: 'choice',
        required: true,
        suggest: 'employers',
        options: [{ value: 'Harbour Café', label: 'Harbour Café' }],
      },
      { name: 'date', label: 'Date', kind: 'date', required: true, initial: '2026-11-23' },
    ],
  };

  it('keeps a typed new employer in the text box beside the choices', () => {
    const body = formCard(form, { employer: 'Seaview Bakery' }).body;
    expect(body.find((e) => e.id === 'employer')).not.toHaveProperty('value');
    expect(body.find((e) => e.id === 'employer.typed')).toMatchObject({ value: 'Seaview Bakery' });
  });

  it('reads submitted values: empty inputs dropped, a typed name over a pick', () => {
    expect(
      formValues({ formCommand: 'contact', employer: 'Harbour Café', 'employer.typed': ' Seaview Bakery ', date: '2026-11-20', notes: '' }),
    ).toEqual({
      employer: 'Seaview Bakery',
      date: '2026-11-20',
    });
  });
});
