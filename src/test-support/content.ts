import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { globSync } from 'tinyglobby';
import { buildCatalog, type CatalogEntry } from '../report/catalog';
import { renderNarrative } from '../report/narrative';
import { checkReportFile } from '../report/validate';

/** The bundled reports (content/reports). */
export const bundledReports = resolve(import.meta.dirname, '../../content/reports');

/**
 * The catalog of a folder of report files, each validated and its narrative rendered as the site's
 * loader does, without Astro; each entry's digest is of its file.
 */
export function contentCatalog(dir: string): CatalogEntry[] {
  const files = globSync('**/*.md', { cwd: dir, absolute: true }).sort();
  const items = files.map((file) => {
    const contents = readFileSync(file, 'utf8');
    const checked = checkReportFile(contents, file);
    if (!checked.ok) throw new Error(checked.problems.join('\n'));
    const narrative = renderNarrative(checked.body);
    return { id: relative(dir, file), report: checked.report, narrative: () => narrative, digest: createHash('sha256').update(contents).digest('base64url') };
  });
  return buildCatalog(items).entries;
}
