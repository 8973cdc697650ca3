// The process's WebAssembly (the embedded database, Prisma's query compiler)
// is compiled once, by V8's baseline compiler (Liftoff), and never again by its
// optimising one, whose second copy of the engines' code stayed resident.
// Measured on our 2-core machine: the idle terminal bot 330 → 230 MB RSS and
// the embedded database ready about 0.1 s sooner; /contact and the digests'
// build ran as fast as before (core bench within run-to-run noise on PGlite
// and PostgreSQL; 10 units' digests 2.53 → 2.45 s on PGlite); a bulk load of
// 200,000 rows into the embedded database took 23 % longer (7.0 → 8.6 s).
import { setFlagsFromString } from 'node:v8';

/** Call before any WebAssembly is compiled: the flag is read when a module is. */
export function compileWebAssemblyOnce(): void {
  setFlagsFromString('--liftoff-only');
}
