import mammoth from 'mammoth';
import type { SourceDocument } from './document';
import { readHtml } from './html';

/** A Word .docx: mammoth turns it into plain HTML (paragraphs and tables), read like a web page. */
export async function readDocx(buffer: Buffer): Promise<SourceDocument> {
  const { value } = await mammoth.convertToHtml({ buffer });
  return { ...readHtml(value), hints: {} };
}
