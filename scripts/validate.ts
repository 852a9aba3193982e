/** npm run validate [folder]: schema-check report files without building (exit 1 on any problem). */
import { resolve } from 'node:path';
import { reportsDir } from '../src/config/deploy.mjs';
import { formatProblems } from '../src/report/errors';
import { validateReportFiles } from './build/validate-files';

const root = resolve(import.meta.dirname, '..');
const { files, problems } = await validateReportFiles(resolve(root, process.argv[2] ?? reportsDir()), root);
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
console.log(`${files} report file(s) valid.`);
