import { APPEAL_ROWS, NOT_PROCESSED_ROWS, OTHER_ROWS_2021, UNAVAILABLE_ROWS, WITHHELD_ROWS, type Label } from '../../src/report/labels';
import type { Random } from './random';

type Row = number[];
const APPLICANTS = 6;

/** Splits `total` over the six applicant columns (natural persons take most) and appends the 总计 column. */
function byApplicant(rng: Random, total: number): Row {
  const row = Array<number>(APPLICANTS).fill(0);
  for (let i = 0; i < total; i++) row[rng.next() < 0.85 ? 0 : rng.int(1, APPLICANTS - 1)]! += 1;
  return [...row, total];
}

const zero = (): Row => Array<number>(APPLICANTS + 1).fill(0);
const add = (a: Row, b: Row): Row => a.map((v, i) => v + b[i]!);

/**
 * Section 3 with every 勾稽关系 holding: results split over the official rows,
 * carried_over given by last year's carried_forward.
 */
export function applications(rng: Random, template: '2019' | '2021', carriedOver: Row) {
  const received = byApplicant(rng, rng.skewed(400));
  const open = add(received, carriedOver);
  const carriedForward = open.slice(0, APPLICANTS).map((v) => (rng.next() < 0.15 ? Math.min(v, rng.int(0, 2)) : 0));
  const forward = [...carriedForward, carriedForward.reduce((s, v) => s + v, 0)];
  const handled = open[APPLICANTS]! - forward[APPLICANTS]!;
  // Handle per column so each column balances: received + carried over = handled + carried forward.
  const perColumn = open.slice(0, APPLICANTS).map((v, i) => v - carriedForward[i]!);
  const outcomes = ['disclosed', 'partially_disclosed', 'withheld', 'unavailable', 'not_processed', 'other'] as const;
  const weights = [0.5, 0.12, 0.08, 0.2, 0.06, 0.04];
  const rows: Record<string, Row> = Object.fromEntries(outcomes.map((o) => [o, zero()]));
  const detail = { withheld: [] as number[], unavailable: [] as number[], not_processed: [] as number[], other: [] as number[] };
  perColumn.forEach((n, col) => {
    for (let i = 0; i < n; i++) {
      let r = rng.next();
      const k = outcomes.findIndex((_, j) => (r -= weights[j]!) < 0);
      const o = outcomes[k < 0 ? 0 : k]!;
      rows[o]![col]! += 1;
      rows[o]![APPLICANTS]! += 1;
      if (o in detail) detail[o as keyof typeof detail].push(col);
    }
  });
  const split = (labels: readonly Label[], cols: number[]) => {
    const out: Record<string, Row> = Object.fromEntries(labels.map((l) => [l.key, zero()]));
    for (const col of cols) {
      const row = out[rng.pick(labels).key]!;
      row[col]! += 1;
      row[APPLICANTS]! += 1;
    }
    return out;
  };
  const results = {
    disclosed: rows.disclosed!,
    partially_disclosed: rows.partially_disclosed!,
    withheld: split(WITHHELD_ROWS, detail.withheld),
    unavailable: split(UNAVAILABLE_ROWS, detail.unavailable),
    not_processed: split(NOT_PROCESSED_ROWS, detail.not_processed),
    other: template === '2021' ? split(OTHER_ROWS_2021, detail.other) : rows.other!,
    total: [...perColumn, handled],
  };
  return { received, carried_over: carriedOver, results, carried_forward: forward };
}

/** Section 4: a few reviews and lawsuits, each row adding up. */
export function appeals(rng: Random) {
  return Object.fromEntries(
    APPEAL_ROWS.map((r) => {
      const cells = [rng.skewed(4), rng.skewed(2), rng.skewed(2), rng.skewed(2)];
      return [r.key, [...cells, cells.reduce((s, v) => s + v, 0)]];
    }),
  ) as Record<(typeof APPEAL_ROWS)[number]['key'], number[]>;
}

export function proactive(rng: Random, template: '2019' | '2021') {
  const docs = () => ({ issued: rng.skewed(20), repealed: rng.skewed(8), in_force: rng.int(0, 300) });
  const fee = () => Math.round(rng.skewed(50000) * 100) / 100;
  if (template === '2021') {
    return {
      rules: docs(),
      normative_documents: docs(),
      licensing: { decisions: rng.skewed(5000) },
      punishment: { decisions: rng.skewed(1500) },
      coercion: { decisions: rng.skewed(200) },
      fees: { amount: fee() },
    };
  }
  const made = () => ({ made: rng.skewed(20), published: rng.skewed(20), total_published: rng.int(0, 300) });
  const items = () => ({ previous: rng.skewed(100), change: rng.int(-5, 5), decisions: rng.skewed(3000) });
  return {
    rules: made(),
    normative_documents: made(),
    licensing: items(),
    other_services: items(),
    punishment: items(),
    coercion: items(),
    fees: { previous: rng.skewed(20), change: rng.int(-2, 2) },
    procurement: { items: rng.skewed(60), amount: fee() },
  };
}

export const emptyRow = zero;
