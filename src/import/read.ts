import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Hints, SourceDocument } from './document';
import { UnreadableInputError } from './errors';
import { readHtml } from './html';
import { readMarkdown } from './markdown';
import { readText } from './text';

/** File extensions the importer reads, by format. */
export const FORMATS = {
  text: ['.txt', '.text'],
  html: ['.html', '.htm', '.xhtml'],
  docx: ['.docx'],
  pdf: ['.pdf'],
  markdown: ['.md', '.markdown'],
} as const;

export const isSupported = (file: string): boolean => Object.values(FORMATS).some((exts) => (exts as readonly string[]).includes(extname(file).toLowerCase()));

/** UTF-8, else GB18030 (what older Chinese Windows tools save as “ANSI”). */
function decode(buffer: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer).replace(/^\uFEFF/u, '');
  } catch {
    return new TextDecoder('gb18030').decode(buffer);
  }
}

const has = (list: readonly string[], ext: string) => list.includes(ext);

/** Reads one input by its extension into the format-neutral document; hints from the CLI win over the file's own. */
export async function readSource(file: string, hints: Hints = {}): Promise<SourceDocument> {
  const ext = extname(file).toLowerCase();
  let buffer: Buffer;
  try {
    buffer = await readFile(file);
  } catch (e) {
    throw new UnreadableInputError(file, `cannot read the file (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  let doc: SourceDocument;
  if (has(FORMATS.text, ext)) doc = readText(decode(buffer));
  else if (has(FORMATS.html, ext)) doc = readHtml(decode(buffer));
  else if (has(FORMATS.markdown, ext)) doc = readMarkdown(decode(buffer));
  // mammoth and pdfjs take a while to load; a batch of text reports never needs them.
  else if (has(FORMATS.docx, ext)) doc = await (await import('./docx')).readDocx(buffer).catch((e: unknown) => {
    throw new UnreadableInputError(file, `not a readable .docx (${e instanceof Error ? e.message : String(e)})`);
  });
  else if (has(FORMATS.pdf, ext)) doc = await (await import('./pdf')).readPdf(new Uint8Array(buffer), file);
  else throw new UnreadableInputError(file, `unsupported file type ${ext || '(none)'}; expected ${Object.values(FORMATS).flat().join(' ')}`);
  const given = Object.fromEntries(Object.entries(hints).filter(([, v]) => v !== undefined));
  return { ...doc, hints: { ...doc.hints, ...given } };
}
