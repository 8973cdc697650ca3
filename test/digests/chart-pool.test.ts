// The summaries' charts are drawn in threads of their own: every request gets
// its own picture back, a long queue of charts does not hold every picture's
// memory until it is empty, and an idle thread does not keep a finished
// process (the terminal bot after /ips summary) alive.
import { execFile, execFileSync } from 'node:child_process';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { contactsChartPng } from '../../src/digests/chart-pool.js';
import { packageRoot } from '../../src/package-root.js';

const points = (n: number) => [
  { specialist: 'Aroha', week: '16 Nov', contacts: n },
  { specialist: 'Aroha', week: '23 Nov', contacts: 6 },
];

it('draws several charts at once, each from its own data', async () => {
  const pngs = await Promise.all([1, 2, 3, 4, 5].map((n) => contactsChartPng(points(n), 6, `Chart ${n}`)));
  for (const png of pngs) expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(new Set(pngs.map((png) => png.toString('base64'))).size).toBe(5);
  // A thread reuses one view for every chart: nothing of one chart may stay in the next.
  expect((await contactsChartPng(points(1), 6, 'Chart 1')).equals(pngs[0]!)).toBe(true);
}, 60_000);

it("frees each picture's memory while a long queue of charts is drawn", async () => {
  // As a week's summaries give them: ten specialists, eight weeks each.
  const week = Array.from({ length: 80 }, (_, i) => ({ specialist: `Specialist ${i % 10}`, week: `${(i % 8) + 1} Nov`, contacts: i % 9 }));
  // The threads started and their renderer loaded, as a running bot has them.
  await Promise.all([1, 2].map((n) => contactsChartPng(week, 6, `Warm-up ${n}`)));
  const before = process.memoryUsage.rss();
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 5);
  try {
    await Promise.all(Array.from({ length: 100 }, (_, n) => contactsChartPng(week, 6, `Unit ${n}`)));
  } finally {
    clearInterval(sampler);
  }
  // Each rendering holds about 2.5 MB outside the JavaScript heap until it is
  // freed: held to the end of the queue, a hundred charts took 280 MB more.
  expect((peak - before) / 2 ** 20).toBeLessThan(100);
}, 120_000);

it('lets the process end once its charts are drawn', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'ips-chart-'));
  const script = join(dir, 'draw.mts');
  const pool = fileURLToPath(new URL('../../src/digests/chart-pool.ts', import.meta.url));
  await writeFile(
    script,
    `import { contactsChartPng } from ${JSON.stringify(pool)};
    console.log((await contactsChartPng(${JSON.stringify(points(3))}, 6, 'Done')).length);`,
  );
  try {
    // A thread holding the process would keep it past the timeout, and execFile would fail.
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', script], { timeout: 30_000 });
    expect(Number(stdout.trim())).toBeGreaterThan(1000);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}, 60_000);

// resvg-js reads the whole font file again for every glyph it lays out
// (thx/resvg-js#367): the charts' text is drawn in our small cut of DejaVu Sans.
it('draws its text in our small font, with accented Latin names', async () => {
  const font = join(packageRoot, 'assets/chart-font/ips-chart-sans.ttf');
  expect((await stat(font)).size).toBeLessThan(64 * 1024);
  const { Resvg } = await import('@resvg/resvg-js');
  const inkOf = (text: string) => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><text x="4" y="28" font-family="IPS Chart Sans" font-size="20">${text}</text></svg>`;
    // `pixels` copies the picture out of resvg on every read: read it once.
    const { pixels } = new Resvg(svg, { font: { loadSystemFonts: false, fontFiles: [font], defaultFontFamily: 'Nothing' } }).render();
    // Alpha of every pixel: the text is all that is drawn on a transparent picture.
    return pixels.filter((alpha, i) => i % 4 === 3 && alpha > 0).length;
  };
  expect(inkOf('Zoë Łukasz')).toBeGreaterThan(100);
  expect(inkOf('Zoë Łukasz')).not.toBe(inkOf('Zoe Lukasz'));
  // Each character a chart may show is in the font: one that is not draws nothing.
  for (const character of ['ë', 'Ł', 'ñ', 'ß', '–', '’', '≤', '×']) expect(inkOf(character), character).toBeGreaterThan(0);
  expect(inkOf('Б')).toBe(0);
});

it.skipIf(!hasFontconfig())(
  'draws a name in another script in the system font',
  async () => {
    const names = await Promise.all(
      ['Алёна', 'Борис'].map((name) => contactsChartPng([{ specialist: name, week: '23 Nov', contacts: 3 }], 6, 'Names')),
    );
    expect(names[0]!.equals(names[1]!)).toBe(false);
  },
  60_000,
);

function hasFontconfig(): boolean {
  try {
    return execFileSync('fc-match', ['--format=%{file}', 'sans-serif'], { encoding: 'utf8' }).length > 0;
  } catch {
    return false;
  }
}
