/**
 * A page's fragment file as Pagefind 1.6 writes it (`<shard>/fragment/<name>.pf_fragment`, gzip):
 * its signature, then the page as JSON. The build reads the page's URL from it (which fragment is
 * which page: scripts/build/search-shard.ts), the search page the whole page (./client/fragment.ts).
 */
export interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  anchors: { element: string; id: string; text?: string; title?: string; location: number }[];
}

/** Pagefind's signature at the start of an unpacked file. */
const SIGNATURE = 'pagefind_dcd';

/** A fragment file's unpacked bytes as a fragment. */
export function readFragment(bytes: ArrayBuffer | Uint8Array): Fragment {
  const text = new TextDecoder().decode(bytes);
  return JSON.parse(text.startsWith(SIGNATURE) ? text.slice(SIGNATURE.length) : text) as Fragment;
}

/** The start of an unpacked fragment: Pagefind writes the page's URL first. */
const URL_FIELD = new RegExp(`^${SIGNATURE}\\{"url":("(?:[^"\\\\]|\\\\.)*")`, 'u');

/** The page's URL from the first bytes of an unpacked fragment, or undefined when they do not hold it whole. */
export function urlAtStart(head: string): string | undefined {
  const field = URL_FIELD.exec(head);
  return field ? (JSON.parse(field[1]!) as string) : undefined;
}
