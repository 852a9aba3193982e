import { PROACTIVE_AMOUNT_FIELDS, PROACTIVE_GROUPS, PROACTIVE_SIGNED_FIELDS, type Label, type TableTemplate } from '../../report/labels';
import { fold, labelCore } from '../normalize';
import { toCount, toWanYuan, type Unit } from './cell';
import { quote } from './label-match';
import { TableProblem } from './problem';
import { cellsAfter, describeCells, fitRow, isProse, nextValue, textBetween, type Token } from './tokens';

/**
 * Labels agencies print for an official row. The 2021 table says 行政规范性文件, the 2019 one
 * 规范性文件, and reports use either on either template (社会事业局 2024 prints 规范性文件).
 */
const ALIASES: Record<string, readonly string[]> = {
  normative_documents: ['规范性文件', '行政规范性文件'],
};

interface RowSpec {
  readonly key: string;
  readonly labels: readonly string[];
  readonly columns: readonly Label[];
}

const rowSpecs = (template: TableTemplate): RowSpec[] =>
  PROACTIVE_GROUPS[template].flatMap((g) =>
    g.rows.map((r) => ({ key: r.key, labels: [r.label, ...(ALIASES[r.key] ?? [])], columns: g.columns })),
  );

/** The row a label run ends with; the longest label wins, so 行政规范性文件 is not read as 规范性文件 of another row. */
function rowFor(text: string, specs: readonly RowSpec[]): RowSpec | undefined {
  const key = labelCore(text);
  let best: { spec: RowSpec; length: number } | undefined;
  for (const spec of specs)
    for (const label of spec.labels) {
      const l = labelCore(label);
      if (key.endsWith(l) && (!best || l.length > best.length)) best = { spec, length: l.length };
    }
  return best?.spec;
}

/** 元 when the column header says so (（元） or 单位：元); the official columns are in 万元. */
const columnUnit = (header: string): Unit => (/[(（]\s*(?:单位\s*[:：]?\s*)?元\s*[)）]/u.test(fold(header)) ? '元' : '万元');

function parseField(token: Token, field: string, unit: Unit, where: string): number | null {
  const v = (PROACTIVE_AMOUNT_FIELDS as readonly string[]).includes(field)
    ? toWanYuan(token.cell, unit)
    : toCount(token.cell, (PROACTIVE_SIGNED_FIELDS as readonly string[]).includes(field));
  if (typeof v === 'string') throw new TableProblem(`${where}: ${quote(token.text)} is not a ${field === 'change' ? 'whole number' : 'count'}`);
  return v;
}

/**
 * Section 2: every label followed by numbers is matched to a row of the template. A row the
 * report leaves out is all null (with a warning), never 0.
 */
export function readProactive(tokens: readonly Token[], template: TableTemplate, warn: (m: string) => void) {
  const specs = rowSpecs(template);
  const out: Record<string, Record<string, number | null>> = {};
  const labelsSeen = new Set(tokens.filter((t) => t.cell.kind === 'text').map((t) => labelCore(t.text)));
  let pos = 0;
  for (let first = nextValue(tokens, pos); first >= 0; first = nextValue(tokens, pos)) {
    const label = textBetween(tokens, pos, first);
    let labelEnd = first - 1;
    while (labelEnd >= pos && tokens[labelEnd]!.cell.kind !== 'text') labelEnd--;
    const found = cellsAfter(tokens, labelEnd);
    pos = found.next;
    const spec = rowFor(label, specs);
    if (!spec && labelEnd >= 0 && isProse(tokens[labelEnd]!.text)) continue;
    if (!spec) throw new TableProblem(`section 2: numbers after ${quote(label)}, which is not a row of the ${template} table`);
    const where = `section 2 row ${spec.labels[0]}`;
    if (out[spec.key]) throw new TableProblem(`${where} appears twice`);
    const fitted = fitRow(found, spec.columns.length);
    if (!fitted) throw new TableProblem(`${where} has ${describeCells(found.cells)}, expected ${spec.columns.length}`);
    const unit = columnUnit(label);
    out[spec.key] = Object.fromEntries(spec.columns.map((c, i) => [c.key, parseField(fitted[i]!, c.key, unit, `${where}, column ${c.label}`)]));
  }
  for (const spec of specs) {
    if (out[spec.key]) continue;
    // The row is printed but no number follows its label: a word or a lost cell, not an absent row.
    if (spec.labels.some((l) => labelsSeen.has(labelCore(l)))) throw new TableProblem(`section 2 row ${spec.labels[0]} has no numbers, expected ${spec.columns.length}`);
    warn(`section 2 has no row ${spec.labels[0]}; its cells are left empty`);
    out[spec.key] = Object.fromEntries(spec.columns.map((c) => [c.key, null]));
  }
  return Object.fromEntries(specs.map((s) => [s.key, out[s.key]!]));
}
