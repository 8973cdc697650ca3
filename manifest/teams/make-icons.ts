// Draws the two app icons Teams asks for (run once: npx tsx manifest/teams/make-icons.ts):
// color.png, 192×192, full colour; outline.png, 32×32, white on transparent.
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

const here = dirname(fileURLToPath(import.meta.url));

/** A white briefcase (handle and case) on a 32-unit grid; the clasp is cut out of it. */
const briefcase = `
  <path d="M12 8h8a2 2 0 0 1 2 2v2h-2v-2h-8v2h-2v-2a2 2 0 0 1 2-2z" fill="white"/>
  <rect x="5" y="12" width="22" height="14" rx="2.5" fill="white"/>`;

const color = `<svg xmlns="http://www.w3.org/2000/svg" width="192" height="192" viewBox="0 0 32 32">
  <rect width="32" height="32" fill="#1f7a6d"/>${briefcase}
  <rect x="14" y="17" width="4" height="3" rx="0.8" fill="#1f7a6d"/></svg>`;

// Pure white shapes only: Teams shows the outline icon tinted, and rejects other colours.
const outline = `<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="0 0 32 32">
  <defs><mask id="clasp"><rect width="32" height="32" fill="white"/><rect x="14" y="17" width="4" height="3" fill="black"/></mask></defs>
  <g mask="url(#clasp)">${briefcase}</g></svg>`;

for (const [name, svg] of [['color.png', color], ['outline.png', outline]] as const) {
  await writeFile(join(here, name), new Resvg(svg, { background: 'rgba(0,0,0,0)' }).render().asPng());
  console.log(`wrote manifest/teams/${name}`);
}
