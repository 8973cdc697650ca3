// The summary's picture, drawn on the server: a Vega-Lite spec, rendered to SVG
// by a headless Vega view, rasterised to PNG by resvg. No browser, no service.
// It runs in the chart threads (chart-worker.ts): drawing is most of a
// summary's time, and there it does not hold up commands.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import type { Runtime, View } from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import { packageRoot } from '../package-root.js';

export interface ChartPoint {
  specialist: string;
  /** Axis label of the week, oldest first in the data: "23 Nov". */
  week: string;
  contacts: number;
}

const spec: TopLevelSpec = {
  $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
  params: [
    { name: 'heading', value: '' },
    { name: 'target', value: 6 },
  ],
  title: { text: { expr: 'heading' } },
  width: 520,
  height: 260,
  background: 'white',
  config: { font: 'sans-serif', axisX: { labelAngle: 0 } },
  data: { name: 'points' },
  layer: [
    {
      mark: { type: 'line', point: true },
      encoding: {
        x: { field: 'week', type: 'ordinal', sort: null, title: 'Week ending' },
        y: { field: 'contacts', type: 'quantitative', title: 'Face-to-face employer contacts' },
        color: { field: 'specialist', type: 'nominal', title: 'Specialist' },
      },
    },
    {
      mark: { type: 'rule', color: '#c0392b', strokeDash: [6, 4], strokeWidth: 2 },
      encoding: { y: { datum: { expr: 'target' }, type: 'quantitative' } },
    },
  ],
};

/**
 * Pixels per point of the chart's 520 × 260: sharp on a phone's screen, and a
 * chart costs half what it did at 2 (fifty charts alone: 2.4 → 1.1 s).
 */
const pixelsPerPoint = 1.5;

/**
 * Vega, Vega-Lite and resvg are loaded on the first chart, not at start: they
 * cost about 1 s and 50 MB, and a bot draws charts only for the weekly
 * summaries (the chart threads start on the first chart too). Compiling and
 * parsing the spec costs as much as drawing it: done once per thread.
 */
let renderer:
  | Promise<{
      vega: typeof import('vega');
      runtime: Runtime;
      Resvg: typeof import('@resvg/resvg-js').Resvg;
      font: ResvgRenderOptions['font'];
    }>
  | undefined;

function loadRenderer() {
  renderer ??= (async () => {
    const [vega, vl, { Resvg }] = await Promise.all([import('vega'), import('vega-lite'), import('@resvg/resvg-js')]);
    return { vega, Resvg, runtime: vega.parse(vl.compile(spec).spec), font: chartFont() };
  })();
  return renderer;
}

/** Our cut of DejaVu Sans (assets/chart-font): a chart looks the same wherever the bot runs. */
const chartFontFile = join(packageRoot, 'assets/chart-font/ips-chart-sans.ttf');
const chartFontFamily = 'IPS Chart Sans';

/**
 * The charts' text is drawn in our font, which holds Latin with its accents
 * only; a name in another script is drawn in the system's sans-serif, as
 * fontconfig names it. resvg-js reads a font file whole for every glyph it
 * lays out (thx/resvg-js#367), so the font a chart's text is drawn in is a
 * small file: 33 KB against DejaVu Sans's 760 KB, a chart's text 14 → 5 ms.
 * Never every font on the machine, which resvg would read for every chart.
 */
function chartFont(): ResvgRenderOptions['font'] {
  const fontFiles = [chartFontFile];
  try {
    const fallback = execFileSync('fc-match', ['--format=%{file}', 'sans-serif'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    if (fallback) fontFiles.push(fallback);
  } catch {
    // No fontconfig: other scripts are not drawn.
  }
  return { loadSystemFonts: false, fontFiles, defaultFontFamily: chartFontFamily, sansSerifFamily: chartFontFamily };
}

/**
 * One view per thread, given each chart's data in turn: building the view is
 * a third of a chart's time. Charts are drawn one after another, since a view
 * holds one chart's data at a time.
 */
let view: View | undefined;
let drawing: Promise<unknown> = Promise.resolve();

/**
 * Between two charts the thread's event loop turns. resvg-js frees what a
 * rendering allocated (about 5 MB for a summary's chart, outside the
 * JavaScript heap) in finalizers that Node runs only on a later turn of the
 * loop, and a queue of charts chained on promises never gave it one: fifty
 * summaries' charts held 290 MB until the queue was empty (thx/resvg-js#216).
 */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export function drawContactsChart(points: readonly ChartPoint[], target: number, title: string): Promise<Buffer> {
  const drawn = drawing.then(() => draw(points, target, title));
  drawing = drawn.catch(() => undefined).then(nextTurn);
  return drawn;
}

async function draw(points: readonly ChartPoint[], target: number, title: string): Promise<Buffer> {
  const { vega, runtime, Resvg, font } = await loadRenderer();
  view ??= new vega.View(runtime, { renderer: 'none' });
  view
    .signal('heading', title)
    .signal('target', target)
    .data(
      'points',
      points.map((p) => ({ ...p })),
    );
  const svg = await view.toSVG();
  return new Resvg(svg, { fitTo: { mode: 'zoom', value: pixelsPerPoint }, font }).render().asPng();
}
