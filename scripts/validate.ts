/**
 * Checks every report file against the schema before Astro builds, and prints each problem as
 * `file: key.path: what was expected` — no stack trace — then exits 1 if any file is wrong.
 * Broken 勾稽关系 are not errors: those reports are published with the break shown.
 */
import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import { reportsDir } from '../src/config/deploy.mjs';
import { ReportError } from '../src/report/errors';
import { readReportFile } from '../src/report/frontmatter';
import { validateReport } from '../src/report/validate';

const root = resolve(import.meta.dirname, '..');
const dir = resolve(root, process.argv[2] ?? reportsDir());
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
if (problems.length > 0) {
  console.error(`${problems.length} problem(s) in report files; nothing was built:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`${files.length} report file(s) valid.`);
