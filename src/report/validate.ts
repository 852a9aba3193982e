import type { z } from 'astro/zod';
import { ReportError } from './errors';
import { readReportFile } from './frontmatter';
import { reportSchema, type Report } from './schema';

/** A key path as people write it: applications.results.withheld.third_party[2]. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

/** One schema problem as `key.path: what was expected`. */
export const formatIssue = (issue: z.core.$ZodIssue): string => `${formatPath(issue.path) || '(frontmatter)'}: ${issue.message}`;

/** Validates frontmatter against the report schema; problems name the key path and what was expected. */
export function validateReport(data: unknown): { ok: true; report: Report } | { ok: false; problems: string[] } {
  const result = reportSchema.safeParse(data);
  return result.success ? { ok: true, report: result.data } : { ok: false, problems: result.error.issues.map(formatIssue) };
}

/** A report file read and validated: its report and Markdown body, or its problems, each `file: key.path: what was expected`. */
export function checkReportFile(contents: string, file: string): { ok: true; report: Report; body: string } | { ok: false; problems: string[] } {
  let read: ReturnType<typeof readReportFile>;
  try {
    read = readReportFile(contents, file);
  } catch (e) {
    if (e instanceof ReportError) return { ok: false, problems: [e.message] };
    throw e;
  }
  const checked = validateReport(read.data);
  return checked.ok ? { ok: true, report: checked.report, body: read.body } : { ok: false, problems: checked.problems.map((p) => `${file}: ${p}`) };
}
