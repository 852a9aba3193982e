/** Base class of the errors people can act on (schema, catalog, import): each names the file and what was expected. */
export class ReportError extends Error {
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
