// Wires the platform-neutral core together. The composition root (main.ts)
// and the tests build the bot through here, so both run the same wiring.
import type { Clock } from './core/clock.js';
import type { Core } from './core/core.js';
import type { Db } from './db/database.js';
import { commands } from './commands/index.js';
import { createRouter } from './commands/router.js';
import type { Settings } from './commands/settings.js';

export const defaultSettings: Settings = { undoWindowMinutes: 30 };

export function createCore(deps: { db: Db; clock: Clock; settings?: Partial<Settings> }): Core {
  const settings = { ...defaultSettings, ...deps.settings };
  return { db: deps.db, clock: deps.clock, router: createRouter({ db: deps.db, clock: deps.clock, settings, commands }) };
}
