/** Base class of the errors people can act on (schema, catalog, import): each names the file and what was expected. */
export class ReportError extends Error {
  /** Such an error is the reports' and printed without a stack trace, also where it crosses Astro's bundle (scripts/build/astro-build.mjs). */
  readonly inReports = true;

  constructor(
    message: string,
    readonly file?: string,
  ) {
    super(file ? `${file}: ${message}` : message);
    this.name = new.target.name;
  }
}

/** Two report files claim the same page (same agency slug and year), or one slug names two agencies. */
export class CatalogError extends ReportError {}

/** Problems found in report files (each `file: key.path: what was expected`), as the build and `npm run validate` print them. */
export const formatProblems = (problems: readonly string[]) =>
  `${problems.length} problem(s) in report files; nothing was built:\n${problems.map((p) => `  ${p}`).join('\n')}`;
