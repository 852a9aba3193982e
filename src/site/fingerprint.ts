import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { glob } from 'tinyglobby';

/** The report code (schema, checks, rendering, exports) and the locked dependencies: what every cached result is computed by. */
const REPORT_CODE = ['src/report/**/*.ts', 'package-lock.json'];

/**
 * A digest of the source files that compute a cached result, so that a change to the code makes
 * every cached result stale even though the reports did not change.
 */
export async function codeFingerprint(root: string, extra: readonly string[] = []): Promise<string> {
  const files = (await glob([...REPORT_CODE, ...extra], { cwd: root, ignore: ['**/*.test.ts'] })).sort();
  const hash = createHash('sha256');
  for (const f of files) hash.update(`${f}\n`).update(await readFile(resolve(root, f)));
  return hash.digest('hex');
}
