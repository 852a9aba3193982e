import type { Outcome } from './batch';

const STATUS = { imported: 'imported', warnings: 'with warnings', failed: 'failed' } as const;

/** The end-of-batch summary: counts per outcome, then each file that needs a look, and why. */
export function summary(outcomes: readonly Outcome[]): string {
  const count = (s: Outcome['status']) => outcomes.filter((o) => o.status === s).length;
  const lines = [
    `${outcomes.length} ${outcomes.length === 1 ? 'file' : 'files'}: ${count('imported')} imported, ${count('warnings')} with warnings, ${count('failed')} failed`,
  ];
  const attention = outcomes.filter((o) => o.status !== 'imported');
  if (attention.length) {
    const width = Math.max(...attention.map((o) => o.file.length));
    lines.push('', `${'file'.padEnd(width)}  ${'status'.padEnd(13)}  why`);
    for (const o of attention) {
      const [first, ...rest] = o.notes;
      lines.push(`${o.file.padEnd(width)}  ${STATUS[o.status].padEnd(13)}  ${first ?? ''}`);
      for (const note of rest) lines.push(`${''.padEnd(width)}  ${''.padEnd(13)}  ${note}`);
    }
  }
  return lines.join('\n');
}
