// A chart thread: draws the charts the main thread asks for (chart-pool.ts).
import { parentPort } from 'node:worker_threads';
import { drawContactsChart } from './chart-drawing.js';
import type { ChartReply, ChartRequest } from './chart-pool.js';

const port = parentPort!;

port.on('message', (request: ChartRequest) => {
  drawContactsChart(request.points, request.target, request.title).then(
    (png) => {
      // A copy the thread can hand over whole: a Buffer may share a larger pool.
      const bytes = new Uint8Array(png).buffer;
      port.postMessage({ id: request.id, png: bytes } satisfies ChartReply, [bytes]);
    },
    (error: unknown) =>
      port.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) } satisfies ChartReply),
  );
});
