/** The parts of the configuration that commands read. */
export interface Settings {
  /** How long after logging an entry `/contact undo` may remove it. */
  undoWindowMinutes: number;
  /** How long files (exports, charts) stay downloadable after they are made. */
  fileKeepHours: number;
}
