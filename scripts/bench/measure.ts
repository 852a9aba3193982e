import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Total size in MiB and number of HTML pages below a folder (0 when it does not exist). */
export async function folderSize(dir: string): Promise<{ mib: number; pages: number }> {
  let bytes = 0;
  let pages = 0;
  let entries;
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch {
    return { mib: 0, pages: 0 };
  }
  for (const e of entries) {
    if (!e.isFile()) continue;
    bytes += (await stat(join(e.parentPath, e.name))).size;
    if (e.name.endsWith('.html')) pages++;
  }
  return { mib: bytes / 2 ** 20, pages };
}

/** The build's `[nianbao] phase: 1.23s` lines (scripts/build.ts), by phase. */
export function buildPhases(output: string): Map<string, number> {
  const phases = new Map<string, number>();
  for (const m of output.matchAll(/^\[nianbao\] (.+): ([\d.]+)s$/gmu)) phases.set(m[1]!, Number(m[2]));
  return phases;
}

/** Post-build steps that build the search index, by name; every other step counts as "other". */
export const isSearchStep = (phase: string) => phase.startsWith('step ') && /search|pagefind|index/iu.test(phase);
