import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { glob } from 'tinyglobby';

export interface StoredPage {
  url: string;
  content: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  /** The headings with an id: a hit's sections link to them on its page. */
  anchors: { element: string; id: string; text: string }[];
}

/** Every page stored in a built site's search index, read from pagefind's fragment files. */
export async function indexedPages(site: string, dir = 'pagefind'): Promise<StoredPage[]> {
  const files = await glob(`${dir}/*/fragment/*.pf_fragment`, { cwd: site, absolute: true });
  return files.map((file) => {
    const raw = gunzipSync(readFileSync(file)).toString('utf8');
    return JSON.parse(raw.replace(/^pagefind_dcd/u, '')) as StoredPage;
  });
}

export const readManifest = (site: string): { version: number; shards: string[]; pages: number } =>
  JSON.parse(readFileSync(join(site, 'pagefind/shards.json'), 'utf8'));
