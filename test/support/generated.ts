import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { generateReports } from '../../scripts/synthetic/generate';
import { reportToMarkdown } from '../../src/report/write';

/** The generated fixture set: 60 reports, 20 agencies in 4 provinces, 2020–2022 (templates 2019 and 2021), a tenth with a broken rule. */
export const GENERATED = { reports: 60, seed: 7, years: [2020, 2021, 2022], brokenShare: 0.1 } as const;

export async function writeGeneratedReports(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  for (const r of generateReports({ ...GENERATED, years: [...GENERATED.years] })) {
    const file = resolve(dir, r.path);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, reportToMarkdown(r.report, r.body));
  }
}
