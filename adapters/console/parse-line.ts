/** "/contact Perry's f2f" or "contact Perry's f2f" → command and text. */
export function parseLine(line: string): { command: string; text: string } | undefined {
  const m = /^\s*\/?([a-z][\w-]*)\s*([\s\S]*)$/i.exec(line);
  return m ? { command: m[1]!.toLowerCase(), text: m[2]!.trim() } : undefined;
}
