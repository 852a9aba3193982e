import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { reportSchema, type Report, type TabledReport } from '../report/schema';

/** ../shared beside the repo (CI clones the repo with shared/ next to it). */
export const sharedDir = resolve(import.meta.dirname, '../../../shared');

export interface Seed {
  name: string;
  /** The expected JSON exactly as given. */
  expected: Record<string, unknown>;
}

/** The five bundled seeds' expected values (../shared/seeds/expected). */
export function seeds(): Seed[] {
  const dir = resolve(sharedDir, 'seeds/expected');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ name: f.replace(/\.json$/u, ''), expected: JSON.parse(readFileSync(resolve(dir, f), 'utf8')) }));
}

export interface RealFixture extends Seed {
  /** The source's own 勾稽关系 breaks, as transcribed by hand (`_violations`). */
  violations: string[];
}

/** Real published reports with hand-checked values (../shared/fixtures/real), `_` note keys removed. */
export function realFixtures(): RealFixture[] {
  const dir = resolve(sharedDir, 'fixtures/real');
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const raw = JSON.parse(readFileSync(resolve(dir, name, 'expected.json'), 'utf8')) as Record<string, unknown>;
      const expected = Object.fromEntries(Object.entries(raw).filter(([k]) => !k.startsWith('_')));
      return { name, expected, violations: (raw._violations as string[] | undefined) ?? [] };
    });
}

export const parseReport = (data: unknown): Report => reportSchema.parse(data);

/** A deep copy of a seed as a tabled report, to break on purpose. */
export function seedReport(index = 0): TabledReport {
  const report = parseReport(structuredClone(seeds()[index]!.expected));
  if (report.template === 'none') throw new Error('seed without tables');
  return report;
}
