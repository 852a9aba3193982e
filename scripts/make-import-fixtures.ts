/**
 * Regenerates src/import/fixtures/: each real HTML report of ../shared/fixtures/real turned into
 * the other formats agencies publish — .docx and PDF from LibreOffice, PDF from Chromium's print,
 * text copied out of a PDF viewer (pdftotext -raw and -layout), text copied from the web page
 * (tab-separated cells) and Markdown pipe tables.
 * Needs soffice, chromium and pdftotext; the tests only read the committed output.
 *
 *   npm run fixtures:import
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Block } from '../src/import/document';
import { readHtml } from '../src/import/html';
import { GENERATED, REAL, realNames } from '../src/import/testing';

// Chromium and LibreOffice log harmless warnings (D-Bus, Java) on stderr; a failure still throws.
const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { stdio: 'ignore' });
const pipe = (cells: readonly string[]) => `| ${cells.map((c) => c.replace(/\|/gu, '\\|')).join(' | ')} |`;
const separator = (n: number) => pipe(Array.from({ length: n }, () => '---'));

/** Markdown as converters write it: `perRow` puts every row in its own table, else the first row of each table is its header. */
function markdown(blocks: readonly Block[], perRow: boolean): string {
  const out: string[] = [];
  let inTable = false;
  for (const b of blocks) {
    if (b.kind === 'paragraph') {
      if (inTable) out.push('');
      out.push(b.text, '');
      inTable = false;
    } else if (perRow) {
      out.push(pipe(b.cells), separator(b.cells.length), '');
    } else {
      out.push(pipe(b.cells));
      if (!inTable) out.push(separator(b.cells.length));
      inTable = true;
    }
  }
  return `${out.join('\n').trim()}\n`;
}

/** pingtan-2024 with the first cell of 二、上年结转 emptied: a blank cell, as some agencies leave one. */
function withBlankCell(html: string): string {
  const from = html.indexOf('二、上年结转政府信息公开申请数量');
  const cell = /(<td[^>]*>)(\s*(?:<[^>]+>\s*)*)0((?:\s*<[^>]+>)*\s*<\/td>)/gu;
  cell.lastIndex = from;
  const m = cell.exec(html)!;
  return html.slice(0, m.index) + m[1]! + m[2]! + m[3]! + html.slice(m.index + m[0].length);
}

{
  const dir = join(GENERATED, 'blank-cell');
  const work = mkdtempSync(join(tmpdir(), 'nianbao-fixtures-'));
  mkdirSync(dir, { recursive: true });
  const html = join(work, 'report.html');
  writeFileSync(html, withBlankCell(readFileSync(join(REAL, 'pingtan-2024', 'source.html'), 'utf8')));
  run('soffice', ['--headless', '--infilter=HTML (StarWriter)', '--convert-to', 'pdf:writer_pdf_Export', '--outdir', work, html]);
  copyFileSync(html, join(dir, 'report.html'));
  copyFileSync(join(work, 'report.pdf'), join(dir, 'report.pdf'));
  rmSync(work, { recursive: true, force: true });
  console.log('blank-cell: report.html report.pdf');
}

for (const name of realNames()) {
  const dir = join(GENERATED, name);
  const work = mkdtempSync(join(tmpdir(), 'nianbao-fixtures-'));
  mkdirSync(dir, { recursive: true });
  const html = join(work, 'report.html');
  copyFileSync(join(REAL, name, 'source.html'), html);
  for (const [filter, out] of [['docx:MS Word 2007 XML', 'docx'], ['pdf:writer_pdf_Export', 'pdf']] as const) {
    run('soffice', ['--headless', '--infilter=HTML (StarWriter)', '--convert-to', filter, '--outdir', work, html]);
    copyFileSync(join(work, `report.${out}`), join(dir, out === 'pdf' ? 'libreoffice.pdf' : 'report.docx'));
  }
  run('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${join(dir, 'chromium.pdf')}`, `file://${html}`]);
  // -raw keeps the content-stream order, as a viewer's copy does; pdftotext's default reading-order
  // analysis splits table columns apart, so a row's cells land in other rows.
  run('pdftotext', ['-enc', 'UTF-8', '-raw', join(dir, 'libreoffice.pdf'), join(dir, 'pdftotext.txt')]);
  // …and that scattered text, kept to prove it is refused rather than read into the wrong cells.
  run('pdftotext', ['-enc', 'UTF-8', join(dir, 'libreoffice.pdf'), join(dir, 'pdftotext-reading-order.txt')]);
  run('pdftotext', ['-enc', 'UTF-8', '-layout', join(dir, 'libreoffice.pdf'), join(dir, 'pdftotext-layout.txt')]);
  const blocks = readHtml(readFileSync(html, 'utf8')).blocks;
  // What a browser copies from the page: a table row per line, its cells tab-separated, blanks kept.
  writeFileSync(join(dir, 'copied.txt'), `${blocks.map((b) => (b.kind === 'row' ? b.cells.join('\t') : b.text)).join('\n')}\n`);
  writeFileSync(join(dir, 'tables.md'), markdown(blocks, false));
  writeFileSync(join(dir, 'rows.md'), markdown(blocks, true));
  rmSync(work, { recursive: true, force: true });
  console.log(`${name}: report.docx libreoffice.pdf chromium.pdf pdftotext.txt pdftotext-reading-order.txt pdftotext-layout.txt copied.txt tables.md rows.md`);
}
