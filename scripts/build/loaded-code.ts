import { resolve } from 'node:path';
import { codeFingerprint } from '../../src/site/fingerprint';

const root = resolve(import.meta.dirname, '../..');

/**
 * The digest of the code a build step's cached results are computed by (`codeFingerprint` of the
 * report code and `extra`), taken as the step's module is loaded: a build runs the code it loaded,
 * and a digest taken later, after an edit made while the build ran, would store the old code's
 * results under the edited code's key, for the next build to reuse as the new code's.
 */
export function loadedCode(extra: readonly string[]): () => Promise<string> {
  const digest = codeFingerprint(root, extra);
  // Failing, it fails the step that awaits it, not the process meanwhile.
  digest.catch(() => undefined);
  return () => digest;
}
