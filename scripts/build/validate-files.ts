import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { glob } from 'tinyglobby';
import { checkReportFile } from '../../src/report/validate';

/**
 * Checks every report file of a folder against the schema, as the build does (src/site/report-prepare.ts)
 * but without building. Each problem reads `file: key.path: what was expected`. Broken 勾稽关系 are
 * not problems: such reports are published with the break shown.
 */
export async function validateReportFiles(dir: string, root: string): Promise<{ files: number; problems: string[] }> {
  const files = (await glob('**/*.md', { cwd: dir, absolute: true })).sort();
  const problems: string[] = [];
  for (const file of files) {
    const checked = checkReportFile(await readFile(file, 'utf8'), relative(root, file));
    if (!checked.ok) problems.push(...checked.problems);
  }
  return { files: files.length, problems };
}
