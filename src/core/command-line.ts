// How a typed line names a command, wherever it was typed: "/contact Perry's f2f"
// or "contact Perry's f2f" (Teams and the terminal need no slash).

export function parseCommandLine(line: string): { command: string; text: string } | undefined {
  const m = /^\s*\/?([a-z][\w-]*)\s*([\s\S]*)$/i.exec(line);
  return m ? { command: m[1]!.toLowerCase(), text: m[2]!.trim() } : undefined;
}

/** Matches a message that starts with the command `name`. */
export function commandPattern(name: string): RegExp {
  return new RegExp(`^\\s*/?${name.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')}(?:\\s|$)`, 'i');
}
