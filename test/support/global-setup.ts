import { existsSync } from 'node:fs';
import { buildSite } from './build-site';
import { writeGeneratedReports } from './generated';
import { federatedSite, generatedSite, TEST_SITES } from './sites';

/** Builds every test site once per run; NIANBAO_REUSE_BUILD=1 keeps existing builds while iterating on tests. */
export default async function setup() {
  await writeGeneratedReports(generatedSite.reportsDir);
  for (const site of [...TEST_SITES, federatedSite]) {
    if (process.env.NIANBAO_REUSE_BUILD === '1' && existsSync(site.outDir)) continue;
    await buildSite(site);
  }
}
