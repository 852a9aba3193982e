import type { ReportInput } from '../../src/report/schema';
import { slugify } from '../../src/report/slug';
import { random, type Random } from './random';
import { BODIES, COUNTY_FIRST, COUNTY_SECOND, COUNTY_SUFFIX, PROVINCES, TOWN_FIRST, TOWN_SUFFIX } from './regions';
import { narrative } from './prose';
import { applications, appeals, emptyRow, proactive } from './tables';

export interface SyntheticReport {
  /** Path below the reports folder, e.g. 2023/anyangxian-jiaoyuju.md */
  path: string;
  report: ReportInput;
  body: string;
}

export interface GenerateOptions {
  reports: number;
  /** Years covered, oldest first; each agency reports every year. */
  years?: readonly number[];
  seed?: number;
  /** Share of reports given one deliberate 勾稽关系 break (for the data-quality pages). */
  brokenShare?: number;
}

interface Agency {
  name: string;
  slug: string;
  region: string[];
}

/** Agencies spread over provinces → cities → counties, names unique and slugs unique. */
function* agencies(rng: Random): Generator<Agency> {
  const slugs = new Set<string>();
  for (let round = 0; ; round++) {
    for (const province of PROVINCES) {
      for (const city of province.cities) {
        const county = `${rng.pick(COUNTY_FIRST)}${rng.pick(COUNTY_SECOND)}${rng.pick(COUNTY_SUFFIX)}`;
        const body = rng.next() < 0.6 ? rng.pick(BODIES) : `${rng.pick(TOWN_FIRST)}${rng.pick(TOWN_SUFFIX)}`;
        const name = `${county}${body}`;
        let slug = slugify(name);
        if (slugs.has(slug)) slug = `${slug}-${round}`;
        if (slugs.has(slug)) continue;
        slugs.add(slug);
        yield { name, slug, region: [province.name, city, county] };
      }
    }
  }
}

/**
 * N realistic reports: both templates (2019 layout for 2019–2020 and a few later reports),
 * tables that satisfy every 勾稽关系 (unless asked to break some), prose of real length.
 */
export function generateReports(options: GenerateOptions): SyntheticReport[] {
  const years = options.years ?? [2020, 2021, 2022, 2023, 2024];
  const rng = random(options.seed ?? 1);
  const out: SyntheticReport[] = [];
  for (const agency of agencies(rng)) {
    let carried = emptyRow();
    const keeps2019 = rng.next() < 0.05;
    for (const year of years) {
      if (out.length >= options.reports) return out;
      const template = year <= 2020 || keeps2019 ? '2019' : '2021';
      const apps = applications(rng, template, carried);
      carried = apps.carried_forward;
      if (rng.next() < (options.brokenShare ?? 0)) apps.results.total[0]! += 1;
      const report = {
        title: `${agency.name}${year}年政府信息公开工作年度报告`,
        agency: agency.name,
        slug: agency.slug,
        region: agency.region,
        year,
        published: `${year + 1}-01-${String(rng.int(10, 31)).padStart(2, '0')}`,
        template,
        proactive: proactive(rng, template),
        applications: apps,
        appeals: appeals(rng),
        disclosure: { total: rng.int(50, 3000), npc_suggestions: rng.skewed(10), cppcc_proposals: rng.skewed(10), fees_collected: 0 },
      } as unknown as ReportInput; // Checked against the schema in generate.test.ts.
      out.push({ path: `${year}/${agency.slug}.md`, report, body: narrative(rng, agency.name, year) });
    }
  }
  return out;
}
