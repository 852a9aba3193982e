import { defineCollection } from 'astro:content';
import { cachedRecordSchema } from './site/report-cache';
import { reportsDir } from './config/deploy.mjs';
import { reportLoader } from './site/report-loader';

/**
 * One Markdown file per report below content/reports/ (or REPORTS_DIR): frontmatter is the data
 * contract, the body the narrative. The loader validates each file against the report schema
 * (src/report/schema) in its worker threads and appends the result to a pack of its cache
 * (src/site/report-cache.ts); each entry holds where, and src/site/catalog.ts reads it from there.
 */
const reports = defineCollection({
  loader: reportLoader({ base: reportsDir() }),
  schema: cachedRecordSchema,
});

export const collections = { reports };
