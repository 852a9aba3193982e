import { z } from 'astro/zod';
import { appeals } from './appeals';
import { applications2019, applications2021 } from './applications';
import { disclosure } from './disclosure';
import { metadata } from './metadata';
import { proactive2019, proactive2021 } from './proactive';

const common = { ...metadata, disclosure: disclosure.optional() };

/** Report using the 国办公开办函〔2021〕30号 tables. */
export const report2021 = z.strictObject({
  ...common,
  template: z.literal('2021'),
  proactive: proactive2021,
  applications: applications2021,
  appeals,
});

/** Report using the 国办公开办函〔2019〕60号 tables (official for 2019–2020, kept by some agencies later). */
export const report2019 = z.strictObject({
  ...common,
  template: z.literal('2019'),
  proactive: proactive2019,
  applications: applications2019,
  appeals,
});

/** Report without the fixed tables (before 2019): prose only. */
export const reportNone = z.strictObject({ ...common, template: z.literal('none') });

/** The report-file frontmatter: the data contract of ../shared/report-format.md. */
export const reportSchema = z.discriminatedUnion('template', [report2021, report2019, reportNone]);

/** What a report file holds (as written, e.g. by the importer). */
export type ReportInput = z.input<typeof reportSchema>;
/** What pages and exports receive after validation. */
export type Report = z.output<typeof reportSchema>;
export type Report2021 = z.output<typeof report2021>;
export type Report2019 = z.output<typeof report2019>;
export type TabledReport = Report2021 | Report2019;
export type Applications = TabledReport['applications'];
export type Appeals = z.output<typeof appeals>;
export type Cell = number | null;

export const hasTables = (r: Report): r is TabledReport => r.template !== 'none';
export const isTemplate2021 = (r: Report): r is Report2021 => r.template === '2021';
export const isTemplate2019 = (r: Report): r is Report2019 => r.template === '2019';
