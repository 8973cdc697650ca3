// How the core's message blocks and forms look as Adaptive Cards.
import { describe, expect, it } from 'vitest';
import { formCard, formValues, messageActivity, messageCard } from '../../adapters/teams/adaptive-card.js';
import type { Block, FormSpec } from '../../src/core/message.js';
import { message } from '../../src/core/reply.js';
import type { FileAccess } from '../../src/core/platform-adapter.js';
import { createFileLinks } from '../../src/files/file-links.js';

const png = { id: '8f5b8f3e-2f4f-4c36-9d83-4c8a4a1b2c3d', name: 'chart.png', mimeType: 'image/png', size: 8 };
const csv = { id: '0c9d3f1a-6b7e-4d2c-8a1f-5e6d7c8b9a0f', name: 'contacts-2026-W48.csv', mimeType: 'text/csv', size: 8, title: 'Contacts' };
const now = new Date('2026-11-23T10:00:00Z');
const links = createFileLinks(Buffer.alloc(32, 7), 'https://ips-bot.example.org', 3600_000);
/** The bot's file access as the cards use it: links only (nothing is read while a card is made). */
const files: FileAccess = { read: async () => undefined, link: (file) => links.link(file, now) };

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
    expect(messageCard(message([block]), files).body).toEqual(elements);
  });

  const digest = message(
    [
      { kind: 'heading', text: 'Digest' },
      { kind: 'image', file: 'chart.png', alt: 'Contacts per week' },
    ],
    [png, csv],
  );

  it('shows a picture from its signed https link, and offers a CSV by file consent card in a personal chat', () => {
    const activity = messageActivity(digest, files, { personal: true });
    const [card, consent, ...rest] = activity.attachments!;
    const image = card!.content.body[1];
    expect(image).toMatchObject({ type: 'Image', altText: 'Contacts per week', size: 'Stretch' });
    const url = new URL(image.url);
    expect(url.origin + url.pathname).toBe(`https://ips-bot.example.org/files/${png.id}/chart.png`);
    expect(links.verify(png.id, url.searchParams.get('exp')!, url.searchParams.get('sig')!, now)).toBe(true);
    expect(card!.content.fallbackText).toContain('Digest');
    expect(consent).toEqual({
      contentType: 'application/vnd.microsoft.teams.card.file.consent',
      name: csv.name,
      content: { description: 'Contacts', sizeInBytes: 8, acceptContext: { fileId: csv.id }, declineContext: { fileId: csv.id } },
    });
    expect(rest).toEqual([]);
    expect(activity.summary).toBe('Digest');
  });

  it('never offers an export in a channel, and says what a picture shows when the bot has no public address', () => {
    const noAddress: FileAccess = { read: async () => undefined, link: () => undefined };
    const activity = messageActivity(digest, noAddress, { personal: false });
    expect(activity.attachments).toHaveLength(1);
    expect(activity.attachments![0]!.content.body[1]).toEqual({
      type: 'TextBlock',
      text: '(picture: Contacts per week)',
      isSubtle: true,
      wrap: true,
    });
  });
});

describe('form cards', () => {
  const form: FormSpec = {
    command: 'contact',
    action: '',
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
