import type { Hints } from './document';
import { readSource } from './read';
import { buildReport, type Imported } from './report';

export { ImportError } from './errors';
export type { Imported } from './report';
export { isSupported } from './read';

/** Reads one report file of any supported format into the contract object, its body and warnings. */
export async function importFile(file: string, hints: Hints = {}): Promise<Imported> {
  return buildReport(await readSource(file, hints), file);
}
