import { defineCollection } from 'astro:content';
import { reportsDir } from './config/deploy.mjs';
import { reportSchema } from './report/schema';
import { reportLoader } from './site/report-loader';

/** One Markdown file per report below content/reports/ (or REPORTS_DIR): frontmatter is the data contract, the body the narrative. */
const reports = defineCollection({
  loader: reportLoader({ base: reportsDir() }),
  schema: reportSchema,
});

export const collections = { reports };
