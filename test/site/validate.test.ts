import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { deployment } from '../../src/config/deploy.mjs';
import { checkLinks, htmlFiles } from '../support/crawl';
import { testSitesDir } from '../support/paths';
import { bundledSite, fixtureSite, type TestSite } from '../support/sites';

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
      // JSON data blocks (chart data) are never executed, so the CSP allows them; any other inline script is refused.
      expect([...html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*type="application\/json")[^>]*>/g)].map((m) => m[0]), name).toEqual([]);
      expect(html, name).not.toMatch(/<style[\s>]|\sstyle="|\son[a-z]+="|javascript:/i);
    }
  });

  test('links to no missing page, file or #fragment', () => {
    const { checked, broken } = checkLinks(site, siteUrl);
    expect(checked).toBeGreaterThan(50);
    expect(broken).toEqual([]);
  });
});

describe('the link check', () => {
  test('reports a missing page, a link outside the base path and a missing #fragment', () => {
    const site: TestSite = { name: 'links', reportsDir: '', base: '/sub/', outDir: resolve(testSitesDir, 'link-check') };
    rmSync(site.outDir, { recursive: true, force: true });
    mkdirSync(join(site.outDir, 'a'), { recursive: true });
    const page = (body: string) => `<!doctype html><html><body id="top">${body}</body></html>`;
    writeFileSync(join(site.outDir, 'index.html'), page('<a href="/sub/a/">a</a> <a href="/sub/b/">b</a> <a href="/a/">a</a> <a href="/sub/a/#nowhere">x</a> <a href="https://other.example/">x</a>'));
    writeFileSync(join(site.outDir, 'a/index.html'), page('<a href="../#top">up</a> <a href="mailto:x@example.gov.cn">mail</a>'));
    const { checked, broken } = checkLinks(site, 'http://localhost:4321');
    expect(checked).toBe(5);
    expect(broken.map((b) => `${b.from} → ${b.href}`)).toEqual(['/sub/ → /sub/b/', '/sub/ → /a/', '/sub/ → /sub/a/#nowhere']);
    rmSync(site.outDir, { recursive: true, force: true });
  });
});
