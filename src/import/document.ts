/**
 * The format-neutral shape every reader (text, HTML, .docx, PDF, Markdown) produces:
 * paragraphs of prose and table rows of cell texts, in reading order. Everything after the
 * readers — tables, metadata, narrative — works on this, so a layout quirk is handled once.
 */
export type Block =
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'row'; readonly cells: readonly string[] };

/** Facts the container states outside the report text (page <meta>, CLI flags). */
export interface Hints {
  title?: string | undefined;
  /** The page's <title> segment naming the report: used only when the text has no title line. */
  pageTitle?: string | undefined;
  sourceUrl?: string | undefined;
  agency?: string | undefined;
  /** Administrative path, province first (from --region). */
  region?: readonly string[] | undefined;
}

export interface SourceDocument {
  readonly blocks: readonly Block[];
  readonly hints: Hints;
  /** Lines may be hard-wrapped inside a paragraph (text, PDF), so the narrative rejoins them. */
  readonly wrapped: boolean;
}

export const paragraph = (text: string): Block => ({ kind: 'paragraph', text });
export const row = (cells: readonly string[]): Block => ({ kind: 'row', cells });

/** The text of a block, cells joined by a space, for searches that ignore table structure. */
export const blockText = (b: Block): string => (b.kind === 'paragraph' ? b.text : b.cells.join(' '));
