import { createHash } from 'node:crypto';

/**
 * A page's incremental-build cache key from everything it shows that comes from the reports
 * (their cache keys, the links it prints): Astro re-renders the page only when the key changes.
 */
export const pageKey = (parts: readonly (string | undefined)[]): string =>
  createHash('sha256')
    .update(parts.map((p) => p ?? '').join('\n'))
    .digest('base64url');
