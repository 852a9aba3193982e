/** npm run synthetic -- --reports N --out dir [--seed S] [--broken 0.02]: writes N synthetic report files. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { reportToMarkdown } from '../../src/report/write';
import { generateReports } from './generate';

const { values } = parseArgs({
  options: { reports: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string', default: '1' }, broken: { type: 'string', default: '0' } },
});
if (!values.reports || !values.out) {
  console.error('usage: npm run synthetic -- --reports N --out <folder> [--seed S] [--broken share]');
  process.exit(1);
}
const reports = generateReports({ reports: Number(values.reports), seed: Number(values.seed), brokenShare: Number(values.broken) });
await Promise.all(
  reports.map(async (r) => {
    const file = resolve(values.out!, r.path);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, reportToMarkdown(r.report, r.body));
  }),
);
console.log(`${reports.length} synthetic reports written to ${values.out}`);
