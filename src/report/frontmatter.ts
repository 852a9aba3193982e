import { CORE_SCHEMA, load } from 'js-yaml';
import { ReportError } from './errors';

/** A report file that is not frontmatter + body, or whose YAML does not parse. */
export class FrontmatterError extends ReportError {}

/**
 * Splits a report file into its YAML frontmatter (parsed) and Markdown body.
 * js-yaml with the YAML 1.2 core schema reads what `yaml` reads (dates stay strings) about ten
 * times faster; the frontmatter is parsed once per report per build, so this is the build's
 * largest single cost after rendering.
 */
export function readReportFile(contents: string, file: string): { data: Record<string, unknown>; body: string } {
  const m = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/u.exec(contents);
  if (!m) throw new FrontmatterError('expected YAML frontmatter between two lines of “---” at the top of the file', file);
  let data: unknown;
  try {
    data = load(m[1]!, { schema: CORE_SCHEMA });
  } catch (e) {
    throw new FrontmatterError(`the frontmatter is not valid YAML: ${(e as Error).message}`, file);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new FrontmatterError('expected the frontmatter to be a YAML mapping (key: value lines)', file);
  }
  return { data: data as Record<string, unknown>, body: m[2]!.trim() };
}
