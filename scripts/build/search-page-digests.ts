import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import pLimit from 'p-limit';
import { articleDigest, pageArticleBytes } from '../../src/search/index-html';
import { writeWhole } from '../../src/site/build-cache';
import { fileStamp, readStamps, unchangedSince, type Stamps } from '../../src/site/file-stamps';

/** Each page's article (all the index reads), as bytes, by file; a page without one is named. */
export async function readArticles(site: string, files: readonly string[]): Promise<Map<string, Buffer>> {
  const read = await pLimit(32).map(files, (file) => readFile(join(site, file)));
  const articles = new Map<string, Buffer>();
  for (const [i, file] of files.entries()) {
    try {
      articles.set(file, pageArticleBytes(read[i]!));
    } catch (e) {
      throw new Error(`search index: ${file}: ${(e as Error).message}`);
    }
  }
  return articles;
}

/**
 * Each report page's article digest, remembered between builds (in the shard cache) with the stamp
 * of the page's file: most pages of a rebuild are kept from the last build, the same files, and are
 * not read again (at 10,000 reports, 400 MB of pages).
 */
export class PageDigests {
  static readonly FILE = 'page-digests.json';
  readonly #last: { stamps: Stamps; syncedAt: number; digests: Record<string, string> };
  readonly #now = { stamps: {} as Stamps, syncedAt: Date.now(), digests: {} as Record<string, string> };

  private constructor(
    readonly cache: string,
    readonly code: string,
    saved: string | undefined,
  ) {
    const { stamps, syncedAt, rest } = readStamps(saved);
    const digests = rest.code === code && typeof rest.digests === 'object' && rest.digests !== null ? (rest.digests as Record<string, string>) : undefined;
    this.#last = digests ? { stamps, syncedAt, digests } : { stamps: {}, syncedAt: 0, digests: {} };
  }

  /** The digest the last search step had for a page of its site: in a rebuild, of the page as kept. */
  last(file: string): string | undefined {
    return this.#last.digests[file];
  }

  static async open(cache: string, code: string): Promise<PageDigests> {
    return new PageDigests(cache, code, await readFile(join(cache, PageDigests.FILE), 'utf8').catch(() => undefined));
  }

  /** The digests of a shard's pages, by file: remembered when the file is unchanged, else read. */
  async of(site: string, files: readonly string[]): Promise<Map<string, string>> {
    const digests = new Map<string, string>();
    const toRead: string[] = [];
    await pLimit(32).map(files, async (file) => {
      const stats = await stat(join(site, file));
      const stamp = (this.#now.stamps[file] = fileStamp(stats));
      const known = this.#last.digests[file];
      if (known !== undefined && unchangedSince(this.#last.stamps, this.#last.syncedAt, file, stamp, stats.mtimeMs)) digests.set(file, known);
      else toRead.push(file);
    });
    for (const [file, article] of await readArticles(site, toRead)) digests.set(file, articleDigest(article));
    for (const [file, digest] of digests) this.#now.digests[file] = digest;
    return digests;
  }

  async save(): Promise<void> {
    await writeWhole(join(this.cache, PageDigests.FILE), JSON.stringify({ code: this.code, ...this.#now }));
  }
}
