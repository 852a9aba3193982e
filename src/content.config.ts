import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { reportsDir } from './config/deploy.mjs';
import { reportLoader } from './site/report-loader';

/**
 * One Markdown file per report below content/reports/ (or REPORTS_DIR): frontmatter is the data
 * contract, the body the narrative. The loader validates each file against the report schema
 * (src/report/schema) in its worker threads and writes the result to a file of its cache
 * (src/site/report-cache.ts), which each entry names and src/site/catalog.ts reads.
 */
const reports = defineCollection({
  loader: reportLoader({ base: reportsDir() }),
  schema: z.object({ file: z.string() }),
});

export const collections = { reports };
