import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, test } from 'vitest';
import { hasTables, type Report, type TabledReport } from '../../src/report/schema';
import { slugify } from '../../src/report/slug';
import { readReports, type ReportFile } from '../support/frontmatter';
import { cellValues, internalLinks, readPage, tableHtml } from '../support/html';
import { bundledSite, fixtureSite, generatedSite } from '../support/sites';

/*
 * The expected numbers are computed here straight from the report files' frontmatter, with plain
 * sums over the 总计 column: no code from src/stats is used, so a wrong rollup cannot agree with itself.
 */
const T = 6;
const rowsOf = (group: unknown): (number | null)[][] => (Array.isArray(group) ? [group as (number | null)[]] : Object.values(group as Record<string, (number | null)[]>));
const total = (group: unknown) => rowsOf(group).reduce((s, row) => s + (row[T] ?? 0), 0);

function independentFigures(r: TabledReport) {
  const a = r.applications;
  const lit = [r.appeals.litigation_direct, r.appeals.litigation_after_review];
  return {
    received: a.received[T] ?? 0,
    carried_over: a.carried_over[T] ?? 0,
    handled: a.results.total[T] ?? 0,
    disclosed: total(a.results.disclosed),
    partially_disclosed: total(a.results.partially_disclosed),
    withheld: total(a.results.withheld),
    unavailable: total(a.results.unavailable),
    not_processed: total(a.results.not_processed),
    other: total(a.results.other),
    carried_forward: a.carried_forward[T] ?? 0,
    review_total: r.appeals.review[4] ?? 0,
    review_corrected: r.appeals.review[1] ?? 0,
    review_pending: r.appeals.review[3] ?? 0,
    litigation_total: lit.reduce((s, row) => s + (row[4] ?? 0), 0),
    litigation_corrected: lit.reduce((s, row) => s + (row[1] ?? 0), 0),
    litigation_pending: lit.reduce((s, row) => s + (row[3] ?? 0), 0),
  };
}
type Sums = ReturnType<typeof independentFigures>;

function sumsByYear(reports: readonly Report[]): Map<string, Sums> {
  const out = new Map<string, Sums>();
  for (const r of reports) {
    if (!hasTables(r)) continue;
    const f = independentFigures(r);
    const acc = out.get(String(r.year));
    out.set(String(r.year), acc ? (Object.fromEntries(Object.entries(acc).map(([k, v]) => [k, v + f[k as keyof Sums]])) as Sums) : f);
  }
  return out;
}

const pct = (n: number, d: number) => (d === 0 ? null : Math.round((n / d) * 1000) / 10);
const expectedIndicators = (s: Sums) => ({
  received: s.received,
  handled: s.handled,
  disclosure_rate: pct(s.disclosed + s.partially_disclosed, s.handled),
  withheld_rate: pct(s.withheld, s.handled),
  unavailable_rate: pct(s.unavailable, s.handled),
  not_processed_rate: pct(s.not_processed, s.handled),
  carried_forward: s.carried_forward,
  reviews: s.review_total,
  review_correction_rate: pct(s.review_corrected, s.review_total - s.review_pending),
  lawsuits: s.litigation_total,
  lawsuit_correction_rate: pct(s.litigation_corrected, s.litigation_total - s.litigation_pending),
});

describe('browse pages of the generated set (60 reports, 4 provinces, 2020–2022)', () => {
  const dist = generatedSite.outDir;
  let files: ReportFile[];
  beforeAll(async () => {
    files = await readReports(generatedSite.reportsDir);
  });

  test('the fixture set is what the issue asks for: ≥ 50 reports over ≥ 3 provinces and 3 years, both templates', () => {
    expect(files.length).toBeGreaterThanOrEqual(50);
    expect(new Set(files.map((f) => f.report.region[0])).size).toBeGreaterThanOrEqual(3);
    expect(new Set(files.map((f) => f.report.year)).size).toBe(3);
    expect(new Set(files.map((f) => f.report.template))).toEqual(new Set(['2019', '2021']));
  });

  test('year pages show the sums of sections 3 and 4 over every report of the year, and the indicators of those sums', () => {
    const sums = sumsByYear(files.map((f) => f.report));
    for (const [year, s] of sums) {
      const html = readPage(dist, `years/${year}/`);
      expect(cellValues(tableHtml(html, 'year-totals'), 'data-year', 'data-figure').get(year), year).toEqual(new Map(Object.entries(s)));
      const shown = cellValues(tableHtml(html, 'year-indicators'), 'data-key', 'data-indicator').get('all')!;
      for (const [k, v] of Object.entries(expectedIndicators(s))) expect(shown.get(k), `${year} ${k}`).toBe(v);
      // Every report of the year is a row of the agency table.
      const agencies = cellValues(tableHtml(html, 'year-agencies'), 'data-key', 'data-indicator');
      expect(agencies.size).toBe(files.filter((f) => String(f.report.year) === year).length);
    }
  });

  test('region pages at every level roll up the reports below them, per year', () => {
    const prefixes = new Map<string, string[]>();
    for (const f of files) for (let n = 1; n <= f.report.region.length; n++) prefixes.set(f.report.region.slice(0, n).join('/'), f.report.region.slice(0, n));
    expect(prefixes.size).toBeGreaterThan(20);
    for (const names of prefixes.values()) {
      const below = files.filter((f) => names.every((n, i) => f.report.region[i] === n)).map((f) => f.report);
      const html = readPage(dist, `regions/${names.map(slugify).join('/')}/`);
      const shown = cellValues(tableHtml(html, 'region-totals'), 'data-year', 'data-figure');
      expect(shown, names.join('/')).toEqual(new Map([...sumsByYear(below)].map(([y, s]) => [y, new Map(Object.entries(s))])));
      const indicators = cellValues(tableHtml(html, 'region-indicators'), 'data-key', 'data-indicator');
      for (const [y, s] of sumsByYear(below)) expect(indicators.get(y)?.get('disclosure_rate')).toBe(expectedIndicators(s).disclosure_rate);
    }
    // The root page rolls up everything.
    const root = cellValues(tableHtml(readPage(dist, 'regions/'), 'region-totals'), 'data-year', 'data-figure');
    expect(root.get('2022')?.get('received')).toBe(sumsByYear(files.map((f) => f.report)).get('2022')!.received);
  });

  test('agency pages show each year’s indicators computed from that year’s report', () => {
    for (const f of files) {
      if (!hasTables(f.report)) continue;
      const html = readPage(dist, `agencies/${f.slug}/`);
      const row = cellValues(tableHtml(html, 'agency-indicators'), 'data-key', 'data-indicator').get(String(f.report.year))!;
      for (const [k, v] of Object.entries(expectedIndicators(independentFigures(f.report)))) expect(row.get(k), `${f.slug} ${f.report.year} ${k}`).toBe(v);
      expect(html).toContain(`href="/gk/reports/${f.slug}/${f.report.year}/"`);
      // Year-on-year: this year's count minus last year's.
      const before = files.find((x) => x.slug === f.slug && x.report.year === f.report.year - 1);
      if (before && hasTables(before.report)) {
        const changes = cellValues(tableHtml(html, 'agency-change'), 'data-key', 'data-indicator').get(String(f.report.year))!;
        expect(changes.get('received'), `${f.slug} ${f.report.year} change`).toBe(independentFigures(f.report).received - independentFigures(before.report).received);
      }
    }
  });

  test('the quality page lists exactly the reports whose columns break rule 1, counted per rule', () => {
    const broken = files
      .filter(({ report: r }) => hasTables(r) && r.applications.received.some((v, c) => (v ?? 0) + (r.applications.carried_over[c] ?? 0) !== (r.applications.results.total[c] ?? 0) + (r.applications.carried_forward[c] ?? 0)))
      .map((f) => `${f.slug}/${f.report.year}`);
    expect(broken.length).toBeGreaterThan(0);
    const html = readPage(dist, 'quality/');
    const listed = [...tableHtml(html, 'quality-findings').matchAll(/data-rule="1"[\s\S]*?href="\/gk\/reports\/([^/]+)\/(\d+)\/#applications"/g)].map((m) => `${m[1]}/${m[2]}`);
    expect(new Set(listed)).toEqual(new Set(broken));
    expect(tableHtml(html, 'rule-counts')).toMatch(new RegExp(`data-rule="1">[\\s\\S]*?data-value="\\d+"[\\s\\S]*?data-value="${broken.length}"`));
  });

  test('offers each year as CSV with a BOM, JSON and XLSX holding that year’s reports, and a column dictionary', async () => {
    for (const year of ['2020', '2021', '2022']) {
      const count = files.filter((f) => String(f.report.year) === year).length;
      const csv = readFileSync(join(dist, 'data', year, 'reports.csv'), 'utf8');
      expect(csv.charCodeAt(0)).toBe(0xfeff);
      expect(csv.slice(1).trim().split('\r\n')).toHaveLength(count + 1);
      expect(JSON.parse(readFileSync(join(dist, 'data', year, 'reports.json'), 'utf8'))).toHaveLength(count);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(join(dist, 'data', year, 'reports.xlsx'));
      const sheet = book.getWorksheet('报告')!;
      expect(sheet.rowCount).toBe(count + 1);
      const header = (sheet.getRow(1).values as unknown[]).slice(1);
      expect(header.join(',')).toBe(csv.slice(1).split('\r\n')[0]);
      const col = header.indexOf('一、本年新收政府信息公开申请数量/总计') + 1;
      const received = Array.from({ length: count }, (_, i) => sheet.getRow(i + 2).getCell(col).value);
      expect(received.reduce((s: number, v) => s + Number(v), 0)).toBe(sumsByYear(files.filter((f) => String(f.report.year) === year).map((f) => f.report)).get(year)!.received);
    }
    // indicators.csv: one row per report, the indicators computed from that report.
    const indicatorLines = readFileSync(join(dist, 'data/indicators.csv'), 'utf8').slice(1).trim().split('\r\n');
    expect(indicatorLines).toHaveLength(files.length + 1);
    const head = indicatorLines[0]!.split(',');
    for (const f of files.slice(0, 10)) {
      if (!hasTables(f.report)) continue;
      const line = indicatorLines.find((l) => l.includes(`,${f.slug},`) && l.split(',')[3] === String(f.report.year))!.split(',');
      const rate = expectedIndicators(independentFigures(f.report)).disclosure_rate;
      expect(line[head.indexOf('公开率（%）')]).toBe(rate === null ? '' : String(rate));
    }
    const dictionary = readFileSync(join(dist, 'data/columns.csv'), 'utf8');
    expect(dictionary).toContain('applications.results.withheld.third_party[0],三（三）4.保护第三方合法权益/自然人,件,2019 2021');
    expect(dictionary).toContain('proactive.fees.amount,主动公开/行政事业性收费/本年收费金额（单位：万元）,万元,2021');
  });
});

describe('blank cells', () => {
  test('make an indicator “not reported” (—) on the agency page, never 0, and a prose-only year reports nothing', () => {
    const html = readPage(fixtureSite.outDir, 'agencies/ceshixian-kongbaijiedao-banshichu/');
    const rows = cellValues(tableHtml(html, 'agency-indicators'), 'data-key', 'data-indicator');
    // 行政复议 总计 is blank in 2023; the lawsuits rows are all 0.
    expect(rows.get('2023')?.get('reviews')).toBeNull();
    expect(rows.get('2023')?.get('review_correction_rate')).toBeNull();
    expect(rows.get('2023')?.get('lawsuits')).toBe(0);
    expect([...rows.get('2018')!.entries()].filter(([k]) => k !== 'proactive_total').every(([, v]) => v === null)).toBe(true);
    expect(tableHtml(html, 'agency-indicators')).toMatch(/data-indicator="reviews" data-value>—</);
  });
});

describe('navigation', () => {
  test('reaches every page kind and every report of the bundled site by following links from the home page', () => {
    const dist = bundledSite.outDir;
    const seen = new Set<string>(['/']);
    const queue = ['/'];
    while (queue.length) {
      const path = queue.shift()!;
      const file = join(dist, path, 'index.html');
      if (!existsSync(file)) continue;
      for (const link of internalLinks(readFileSync(file, 'utf8'), '/')) {
        if (!seen.has(link)) {
          seen.add(link);
          queue.push(link);
        }
      }
    }
    for (const page of ['/regions/', '/years/', '/agencies/', '/compare/', '/quality/', '/data/', '/about-data/', '/data/reports.xlsx', '/data/2023/reports.xlsx', '/data/columns.csv']) expect(seen, page).toContain(page);
    for (const kind of ['/agencies/', '/years/', '/regions/']) expect([...seen].filter((p) => p.startsWith(kind) && p !== kind).length, kind).toBeGreaterThan(0);
    expect([...seen].filter((p) => /^\/regions\/[a-z0-9-]+\/[a-z0-9-]+\/[a-z0-9-]+\/$/.test(p)).length).toBeGreaterThan(0);
    for (const r of JSON.parse(readFileSync(join(dist, 'data/reports.json'), 'utf8')) as { url: string; agency_slug: string }[]) {
      expect(seen).toContain(r.url);
      expect(seen).toContain(`/agencies/${r.agency_slug}/`);
    }
  });

  test('a report page links its region path and its agency page, under the base path', () => {
    const html = readPage(fixtureSite.outDir, 'reports/ceshi-linghe/2023/');
    const crumbs = html.slice(html.indexOf('class="breadcrumbs"'), html.indexOf('</nav>', html.indexOf('class="breadcrumbs"')));
    expect(crumbs).toMatch(/href="\/xxgk\/ndbg\/regions\/[a-z0-9-]+\/"/);
    expect(crumbs).toContain('href="/xxgk/ndbg/agencies/ceshi-linghe/"');
  });

  test('the agency page shows a broken carry-over from the year before (rule 5)', () => {
    const html = readPage(fixtureSite.outDir, 'agencies/ceshi-linghe/');
    const row = tableHtml(html, 'carry-over-table').split('<tr').find((r) => r.includes('data-year="2023"'))!;
    expect(row).toContain('不一致');
    expect(row).toContain('href="/xxgk/ndbg/reports/ceshi-linghe/2023/#checks"');
  });

  test('pages without charts ship no chart code, and a page with charts stays within 90 KB of gzipped JavaScript', () => {
    const dist = bundledSite.outDir;
    /** Every script file a page loads, following the chunks' static imports. */
    const scripts = (path: string) => {
      const files = new Set<string>();
      const visit = (file: string) => {
        if (files.has(file)) return;
        files.add(file);
        for (const m of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) visit(join(dirname(file), m[1]!));
      };
      for (const m of readPage(dist, path).matchAll(/<script[^>]*src="([^"]+)"/g)) visit(join(dist, m[1]!));
      return [...files];
    };
    const hasChartCode = (path: string) => scripts(path).some((f) => readFileSync(f, 'utf8').includes('nianbaoWhiteBackground'));
    for (const page of ['', 'data/', 'quality/', 'about-data/', 'agencies/']) expect(hasChartCode(page), page || 'home').toBe(false);
    for (const page of ['years/2023/', 'regions/', 'compare/']) {
      expect(hasChartCode(page), page).toBe(true);
      const gzipped = scripts(page).reduce((s, f) => s + gzipSync(readFileSync(f)).length, 0);
      expect(gzipped, page).toBeLessThanOrEqual(90 * 1024);
    }
  });
});
