import { hasTables, type Report, type TabledReport } from '../report/schema';
import { checkAppealTotals } from './appeals';
import { checkBalance, checkResultsTotal, checkRowTotals } from './applications';
import { checkCarryOver } from './cross-year';
import type { Finding } from './findings';

export { RULES, type CellRef, type Finding, type RuleNumber } from './findings';
export { describeFinding, ruleText } from './describe';

/** Rules 1–4: what a single report's own tables must satisfy. */
export function checkReport(report: Report): Finding[] {
  if (!hasTables(report)) return [];
  return [...checkBalance(report), ...checkResultsTotal(report), ...checkRowTotals(report), ...checkAppealTotals(report)];
}

/** Rules 1–5 for one report, given the same agency's report of the year before (if any). */
export function checkWithHistory(report: Report, previous: Report | undefined): Finding[] {
  const own = checkReport(report);
  if (!hasTables(report) || !previous || !hasTables(previous)) return own;
  return [...own, ...checkCarryOver(report, previous as TabledReport)];
}
