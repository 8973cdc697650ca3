// A reply that carries files delivers them on every platform, through the
// real libraries: Slack uploads them into the caller's DM with the bot (with
// an ephemeral note where they went), Teams offers them by file consent card
// and uploads them to the URL Teams gives, and shows charts by a signed https
// link the bot serves itself. A 20,000-contact export fits everywhere.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { slackUsers, startSlackHarness, type SlackHarness } from '../slack/slack-harness.js';
import { sendSigned, slashCommand } from '../slack/slack-requests.js';
import { isMessage, startFakeConnector, type FakeConnector } from '../teams/fake-connector.js';
import { invoke, linkTeamsUsers, message, type Where } from '../teams/activities.js';
import { bodyOf, cardOf } from '../teams/card-reading.js';
import { startTeamsEndpoint, type TeamsEndpoint } from '../teams/teams-harness.js';
import { defaultNow, startTestBot, type TestBot } from '../support/test-bot.js';
import type { Db } from '../../src/db/database.js';

/** Adds `count` employer contacts for Aroha in the current quarter, in one statement. */
async function addContacts(db: Db, count: number): Promise<void> {
  const aroha = await db.staff.findUniqueOrThrow({ where: { handle: 'aroha' } });
  const employer = await db.employer.findFirstOrThrow({ orderBy: { id: 'asc' } });
  await db.$executeRaw`
    INSERT INTO "EmployerContact" ("specialistId", "employerId", "contactedOn", type, "cupOfTea", details)
    SELECT ${aroha.id}, ${employer.id}, DATE '2026-10-01' + (i % 50), 'face_to_face', 1 + i, 'met the manager about the café roles on offer'
    FROM generate_series(1, ${count}) AS i`;
}

// A 20,000-contact export is seconds of work on a loaded 2-core machine.
vi.setConfig({ testTimeout: 120_000 });

const csvRows = (bytes: Buffer) => bytes.toString('utf8').trim().split('\r\n').length;

describe('files in Slack', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness();
    await addContacts(h.bot.database.db, 20_000);
  });
  afterAll(async () => {
    await h?.close();
  });

  /** Dana's /ips export; `responseId` names where its ephemeral note goes. */
  const exportRequest = (responseId: string) =>
    slashCommand({ command: '/ips', text: 'export', userId: slackUsers.dana, responseUrl: h.fake.responseUrl(responseId) });

  it('/ips export puts the CSV files in the caller’s DM with the bot, and says so ephemerally in the channel', async () => {
    // Another test may have exported already: only the calls from here on are this export's.
    const start = h.fake.calls.length;
    const uploadsBefore = h.fake.callsTo('files.completeUploadExternal').length;
    await sendSigned(h.port, exportRequest('export'));
    const note = await h.fake.waitFor('respond/export', 1, 100_000);
    expect(note.body).toMatchObject({ response_type: 'ephemeral' });
    expect(String(note.body.text)).toMatch(/Sent to your direct messages with the IPS bot, with the files \(employer-contact-log-harbour/);
    const dm = h.fake.calls
      .slice(start)
      .find(
        (c) =>
          c.method === 'chat.postMessage' && c.body.channel === slackUsers.dana && String(c.body.text).includes('Fidelity review export'),
      );
    expect(dm).toBeDefined();
    const complete = await h.fake.waitFor('files.completeUploadExternal', uploadsBefore + 1, 100_000);
    expect(complete.body).toMatchObject({ channel_id: slackUsers.dana.replace(/^U/, 'D') });
    const files = complete.body.files as { id: string; title: string }[];
    expect(files.map((f) => f.title)).toEqual([
      'Employer contact log',
      'Employer database',
      'Job starts',
      'Per-person outcomes',
      'Outcome figures (IPS Grow definitions)',
    ]);
    // The bytes that arrived: the whole contact log, 20,000 contacts and a header.
    const log = h.fake.calls.slice(start).find((c) => c.method.startsWith('upload/Femployer-contact-log-harbour'))!;
    expect(csvRows(log.file!)).toBeGreaterThan(20_000);
  });

  it('/ips summary delivers its chart as a PNG upload next to the summary', async () => {
    const uploadsBefore = h.fake.callsTo('files.completeUploadExternal').length;
    await sendSigned(
      h.port,
      slashCommand({ command: '/ips', text: 'summary', userId: slackUsers.dana, responseUrl: h.fake.responseUrl('summary') }),
    );
    await h.fake.waitFor('files.completeUploadExternal', uploadsBefore + 1);
    const png = h.fake.calls.filter((c) => c.method.startsWith('upload/Fcontacts-harbour-')).at(-1)!;
    expect(png.file!.subarray(1, 4).toString()).toBe('PNG');
  });

  it('keeps the stored reply free of file bodies: a redelivered export answers with the same files', async () => {
    const uploadsBefore = h.fake.callsTo('files.completeUploadExternal').length;
    const request = exportRequest('stored-export');
    await sendSigned(h.port, request);
    // Done once the files are up: none of this export's calls is still on its way into the next test.
    const first = await h.fake.waitFor('respond/stored-export', 1, 100_000);
    await h.fake.waitFor('files.completeUploadExternal', uploadsBefore + 1, 100_000);
    const rows = await h.bot.database.db.processedCommand.findMany({ orderBy: { createdAt: 'desc' } });
    const stored = rows.find((r) => JSON.stringify(r.reply).includes('Fidelity review export'))!;
    expect(JSON.stringify(stored.reply).length).toBeLessThan(4_000);

    await sendSigned(h.port, request, { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    const again = await h.fake.waitFor('respond/stored-export', 2, 100_000);
    expect(again.body.text).toBe(first.body.text);
    await h.fake.waitFor('files.completeUploadExternal', uploadsBefore + 2, 100_000);
  });
});

describe('files in Teams', () => {
  let bot: TestBot;
  let connector: FakeConnector;
  let teams: TeamsEndpoint;
  const at = (as: Where['as'], extra: Partial<Where> = {}): Where => ({ serviceUrl: connector.url, as, ...extra });

  beforeAll(async () => {
    bot = await startTestBot();
    await linkTeamsUsers(bot.database.db);
    await addContacts(bot.database.db, 20_000);
    connector = await startFakeConnector();
    teams = await startTeamsEndpoint(bot, { appType: 'MultiTenant' }, { publicUrl: 'https://ips-bot.example.org' });
  });
  afterAll(async () => {
    await teams?.stop();
    await connector?.close();
    await bot?.close();
  });
  // The chart test moves the clock past its link's expiry; every test starts from the same time.
  beforeEach(() => {
    bot.clock.set(defaultNow);
  });

  async function post(activity: unknown): Promise<{ status: number; body: any }> {
    const res = await fetch(`http://127.0.0.1:${teams.port}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  }

  it('offers an export by file consent card, uploads the file to the URL Teams gives, and shows the file', async () => {
    const ask = message(at('dana'), 'ips export');
    await post(ask);
    const reply = await connector.waitFor((r) => r.method === 'POST' && r.activityId === ask.id && isMessage(r));
    // Every activity stays under Teams' message size whatever the export's size.
    expect(JSON.stringify(reply.body).length).toBeLessThan(80_000);
    const consents = (reply.body.attachments as { contentType: string; name: string; content: any }[]).filter(
      (a) => a.contentType === 'application/vnd.microsoft.teams.card.file.consent',
    );
    expect(consents.map((c) => c.name)).toEqual([
      expect.stringMatching(/^employer-contact-log-harbour-/),
      expect.stringMatching(/^employer-database-harbour-/),
      expect.stringMatching(/^job-starts-harbour-/),
      expect.stringMatching(/^outcomes-harbour-/),
      expect.stringMatching(/^outcome-figures-harbour-/),
    ]);
    const log = consents[0]!;
    expect(log.content.sizeInBytes).toBeGreaterThan(1_000_000);

    const uploadInfo = {
      name: log.name,
      uploadUrl: `${connector.url}/upload/${log.name}`,
      contentUrl: `https://contoso.sharepoint.com/personal/dana/${log.name}`,
      uniqueId: 'file-unique-1',
      fileType: 'csv',
    };
    const accepted = await post(
      invoke(at('dana'), 'fileConsent/invoke', { type: 'fileUpload', action: 'accept', context: log.content.acceptContext, uploadInfo }),
    );
    expect(accepted.status).toBe(200);
    const uploaded = connector.uploads.get(log.name)!;
    expect(csvRows(uploaded.bytes)).toBeGreaterThan(20_000);
    expect(uploaded.contentRange).toBe(`bytes 0-${uploaded.bytes.length - 1}/${uploaded.bytes.length}`);
    const shown = await connector.waitFor(
      (r) => r.method === 'POST' && r.body?.attachments?.[0]?.contentType === 'application/vnd.microsoft.teams.card.file.info',
    );
    expect(shown.body.attachments[0]).toMatchObject({
      contentUrl: uploadInfo.contentUrl,
      name: log.name,
      content: { uniqueId: 'file-unique-1' },
    });
  });

  it('says so in a sentence when the person declines the file', async () => {
    const ask = message(at('dana'), 'ips export');
    await post(ask);
    const reply = await connector.waitFor((r) => r.method === 'POST' && r.activityId === ask.id && isMessage(r));
    const consent = (reply.body.attachments as { contentType: string; content: any }[]).find((a) =>
      a.contentType.endsWith('file.consent'),
    )!;
    await post(
      invoke(at('dana'), 'fileConsent/invoke', { type: 'fileUpload', action: 'decline', context: consent.content.declineContext }),
    );
    const sentence = await connector.waitFor((r) => r.method === 'POST' && String(r.body?.text ?? '').startsWith('Not sent: you declined'));
    expect(sentence.body.text).toMatch(/declined employer-contact-log-harbour-.*\.csv/);
  });

  it('shows the summary’s chart in its card by a signed https link that the bot serves, and nothing else', async () => {
    const ask = message(at('dana', { inChannel: true }), 'ips summary');
    await post(ask);
    const card = await connector.waitFor(
      (r) => r.method === 'POST' && r.activityId === undefined && JSON.stringify(r.body).includes('Caseload summary: Harbour IPS'),
    );
    const image = bodyOf(cardOf(card.body)).find((e) => e.type === 'Image')!;
    const link = new URL(image.url as string);
    expect(link.origin).toBe('https://ips-bot.example.org');
    const served = await fetch(`http://127.0.0.1:${teams.port}${link.pathname}${link.search}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(
      Buffer.from(await served.arrayBuffer())
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
    // A forged signature, or a link past its expiry, shows nothing.
    const forged = await fetch(`http://127.0.0.1:${teams.port}${link.pathname}?exp=${link.searchParams.get('exp')}&sig=forged`);
    expect(forged.status).toBe(404);
    bot.clock.advance(73 * 3600_000);
    expect((await fetch(`http://127.0.0.1:${teams.port}${link.pathname}${link.search}`)).status).toBe(404);
  });
});
