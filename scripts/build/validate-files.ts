import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { glob } from 'tinyglobby';
import { ReportError } from '../../src/report/errors';
import { readReportFile } from '../../src/report/frontmatter';
import { validateReport } from '../../src/report/validate';

/**
 * Checks every report file of a folder against the schema. Each problem reads
 * `file: key.path: what was expected`. Broken 勾稽关系 are not problems: such reports are
 * published with the break shown.
 */
export async function validateReportFiles(dir: string, root: string): Promise<{ files: number; problems: string[] }> {
  const files = (await glob('**/*.md', { cwd: dir, absolute: true })).sort();
  const problems: string[] = [];
  for (const file of files) {
    const name = relative(root, file);
    try {
      const { data } = readReportFile(await readFile(file, 'utf8'), name);
      const result = validateReport(data);
      if (!result.ok) problems.push(...result.problems.map((p) => `${name}: ${p}`));
    } catch (e) {
      if (!(e instanceof ReportError)) throw e;
      problems.push(e.message);
    }
  }
  return { files: files.length, problems };
}

export const formatProblems = (problems: readonly string[]) =>
  `${problems.length} problem(s) in report files; nothing was built:\n${problems.map((p) => `  ${p}`).join('\n')}`;
