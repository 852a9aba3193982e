import { describeFinding, RULES, type Finding, type RuleNumber } from '../checks';
import type { CatalogEntry } from '../report/catalog';

export interface QualityRow {
  entry: CatalogEntry;
  finding: Finding;
  /** The finding in words, with both numbers. */
  text: string;
}

export interface RuleCount {
  rule: RuleNumber;
  text: string;
  /** Broken cells (one per column or row the rule checks). */
  findings: number;
  /** Reports with at least one. */
  reports: number;
}

/** Every broken 勾稽关系 of every report, in catalog order (region, agency, newest year first). */
export function qualityRows(entries: readonly CatalogEntry[]): QualityRow[] {
  return entries.flatMap((entry) =>
    entry.report.template === 'none'
      ? []
      : entry.findings.map((finding) => ({ entry, finding, text: describeFinding(finding, entry.report.template as '2019' | '2021') })),
  );
}

export function ruleCounts(rows: readonly QualityRow[]): RuleCount[] {
  return (Object.keys(RULES).map(Number) as RuleNumber[]).map((rule) => {
    const mine = rows.filter((r) => r.finding.rule === rule);
    return { rule, text: RULES[rule], findings: mine.length, reports: new Set(mine.map((r) => r.entry.id)).size };
  });
}
