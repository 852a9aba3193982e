import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { deployment } from '../../src/config/deploy.mjs';
import { checkLinks, htmlFiles } from '../support/crawl';
import { bundledSite, fixtureSite } from '../support/sites';

const htmlvalidate = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // HTML5 allows any id without whitespace; narrative headings get ids from their Chinese text (一、总体情况).
    'valid-id': ['error', { relaxed: true }],
    // A wide table's scroll box is a focusable div[role=region] (WAI-ARIA's scrollable-table pattern), not a section.
    'prefer-native-element': ['error', { exclude: ['region'] }],
  },
});
const siteUrl = deployment().site;

describe.each([
  ['without BASE_PATH', bundledSite],
  ['under BASE_PATH=/xxgk/ndbg/', fixtureSite],
])('every built page %s', (_, site) => {
  test('passes html-validate with 0 errors', async () => {
    const files = await htmlFiles(site);
    expect(files.length).toBeGreaterThan(5);
    const errors: string[] = [];
    for (const file of files) {
      const report = await htmlvalidate.validateString(readFileSync(file, 'utf8'), file);
      for (const r of report.results) {
        for (const m of r.messages) errors.push(`${relative(site.outDir, file)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(errors).toEqual([]);
  });

  test('has no inline script, style or event handler, so the strict CSP holds', async () => {
    for (const file of await htmlFiles(site)) {
      const html = readFileSync(file, 'utf8');
      const name = relative(site.outDir, file);
      expect(html, name).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'`);
      expect([...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>/g)].map((m) => m[0]), name).toEqual([]);
      expect(html, name).not.toMatch(/<style[\s>]|\sstyle="|\son[a-z]+="|javascript:/i);
    }
  });

  test('links to no missing page, file or #fragment', () => {
    const { checked, broken } = checkLinks(site, siteUrl);
    expect(checked).toBeGreaterThan(50);
    expect(broken).toEqual([]);
  });
});
