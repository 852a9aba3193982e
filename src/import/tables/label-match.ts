import { labelCore, labelKey } from '../normalize';

/** Shortest label prefix accepted when a label is cut by the numbers (PDF lines, split rows). */
const MIN_PREFIX = 4;

/**
 * Whether the label text read before a row's numbers names `label`. The text may carry header
 * cells, group labels (（三）不予公开) or the tail of the previous label, so it must contain the
 * label's core — or end with at least half of it when the source wrapped the label around its numbers.
 */
export function labelMatches(text: string, label: string): boolean {
  const t = labelKey(text);
  const core = labelCore(label);
  if (t.includes(core)) return true;
  const shortest = Math.max(MIN_PREFIX, Math.ceil(core.length / 2));
  for (let k = core.length - 1; k >= shortest; k--) if (t.endsWith(core.slice(0, k))) return true;
  return false;
}

/** The printed label text, shortened for messages. */
export const quote = (text: string): string => {
  const t = text.replace(/\s+/gu, '');
  return `“${t.length > 24 ? `…${t.slice(-24)}` : t}”`;
};
