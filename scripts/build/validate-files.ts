import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, relative } from 'node:path';
import { glob } from 'tinyglobby';
import { ReportError } from '../../src/report/errors';
import { readReportFile } from '../../src/report/frontmatter';
import { validateReport } from '../../src/report/validate';
import { codeFingerprint } from '../../src/site/fingerprint';
import { writeWhole } from '../../src/site/build-cache';

/**
 * Checks every report file of a folder against the schema. Each problem reads
 * `file: key.path: what was expected`. Broken 勾稽关系 are not problems: such reports are
 * published with the break shown. With a `cacheFile`, the digests of files found valid are kept
 * there, so that a rebuild checks only new and changed files.
 */
export async function validateReportFiles(dir: string, root: string, cacheFile?: string): Promise<{ files: number; problems: string[] }> {
  const files = (await glob('**/*.md', { cwd: dir, absolute: true })).sort();
  const code = cacheFile ? await codeFingerprint(root) : '';
  const known = new Set<string>(cacheFile ? await readFile(cacheFile, 'utf8').then((t) => JSON.parse(t) as string[], () => []) : []);
  const valid: string[] = [];
  const problems: string[] = [];
  for (const file of files) {
    const name = relative(root, file);
    const contents = await readFile(file, 'utf8');
    const digest = createHash('sha256').update(code).update(name).update(contents).digest('base64url');
    if (known.has(digest)) {
      valid.push(digest);
      continue;
    }
    try {
      const { data } = readReportFile(contents, name);
      const result = validateReport(data);
      if (result.ok) valid.push(digest);
      else problems.push(...result.problems.map((p) => `${name}: ${p}`));
    } catch (e) {
      if (!(e instanceof ReportError)) throw e;
      problems.push(e.message);
    }
  }
  if (cacheFile) {
    await mkdir(dirname(cacheFile), { recursive: true });
    await writeWhole(cacheFile, JSON.stringify(valid));
  }
  return { files: files.length, problems };
}

export const formatProblems = (problems: readonly string[]) =>
  `${problems.length} problem(s) in report files; nothing was built:\n${problems.map((p) => `  ${p}`).join('\n')}`;
