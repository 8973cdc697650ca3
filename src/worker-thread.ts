// Starts a worker thread from its compiled entry (`new URL('./x.js',
// import.meta.url)`), or from its TypeScript source when the bot runs from
// sources (see worker-from-source.mjs, which reads the entry from argv).
import { Worker, type WorkerOptions } from 'node:worker_threads';

const fromSource = import.meta.url.endsWith('.ts');

export function startWorker(entry: URL, options: WorkerOptions = {}): Worker {
  if (!fromSource) return new Worker(entry, options);
  const source = entry.href.replace(/\.js$/, '.ts');
  return new Worker(new URL('./worker-from-source.mjs', import.meta.url), { ...options, argv: [source] });
}
