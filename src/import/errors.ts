import { ReportError } from '../report/errors';

/**
 * Errors the importer raises for inputs it cannot read as a report. Each names the file and
 * what was expected, so the CLI can print `message` alone: a bad input never shows a stack trace.
 */
export class ImportError extends ReportError {
  override name = 'ImportError';
  /** The input file the problem is in. */
  declare readonly file: string;
  /** The problem without the file name, for summaries that already show the file. */
  readonly detail: string;

  constructor(file: string, detail: string) {
    super(detail, file);
    this.detail = detail;
  }
}

/** The file could not be opened or decoded in its format (corrupt .docx, PDF without text …). */
export class UnreadableInputError extends ImportError {
  override name = 'UnreadableInputError';
}

/** The text is readable but is not a 政府信息公开工作年度报告. */
export class NotAReportError extends ImportError {
  override name = 'NotAReportError';
}

/** A statistics table is missing, cut off, or a row does not hold the cells the template has. */
export class TableError extends ImportError {
  override name = 'TableError';
}

/** Title, year, agency or region cannot be determined. */
export class MetadataError extends ImportError {
  override name = 'MetadataError';
}

/** The assembled report does not pass the contract schema; names the key path. */
export class SchemaError extends ImportError {
  override name = 'SchemaError';
}

/** Writing would overwrite an existing report without --force. */
export class ExistingReportError extends ImportError {
  override name = 'ExistingReportError';
}
