// A process's memory as the kernel counts it (/proc/<pid>/status, Linux): its
// RSS now and its high-water mark (VmHWM), in MB; NaN where there is no /proc.
// The high-water mark is the process's own. `process.resourceUsage().maxRSS`
// is not: Linux carries it over from the parent through fork and exec, and
// the growth bench's parent, with a million rows in its own embedded
// database, made a 10-unit digests build report 1,356 MB.
import { readFile, writeFile } from 'node:fs/promises';

export async function procMemoryMb(pid: number | 'self'): Promise<{ rss: number; peak: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const mb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN) / 1024;
  return { rss: mb('VmRSS'), peak: mb('VmHWM') };
}

/** Starts this process's high-water mark afresh (Linux: 5 to /proc/self/clear_refs); false where that cannot be done. */
export async function resetPeakRss(): Promise<boolean> {
  return writeFile('/proc/self/clear_refs', '5').then(
    () => true,
    () => false,
  );
}
