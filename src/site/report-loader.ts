import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob as findFiles } from 'tinyglobby';
import { readReportFile } from '../report/frontmatter';

/**
 * Loads report files as data: validated frontmatter plus the raw Markdown body. Unlike the
 * glob loader it makes no Markdown module per file (the narrative is rendered once, on its
 * page, by src/report/narrative), so the build's cost grows with the data, not with bundling.
 * Unchanged files are skipped by digest, which keeps rebuilds incremental.
 */
export function reportLoader(options: { base: string }): Loader {
  return {
    name: 'nianbao-reports',
    load: async (context) => {
      const base = resolve(fileURLToPath(context.config.root), options.base);
      const files = await findFiles('**/*.md', { cwd: base, absolute: true });
      const untouched = new Set(context.store.keys());
      const sync = async (file: string) => {
        const id = relative(base, file).replace(/\\/gu, '/').replace(/\.md$/u, '');
        untouched.delete(id);
        await syncFile(context, file, id);
      };
      for (let i = 0; i < files.length; i += 64) await Promise.all(files.slice(i, i + 64).map(sync));
      for (const id of untouched) context.store.delete(id);
      context.watcher?.on('change', (file) => {
        if (file.startsWith(base) && file.endsWith('.md')) void sync(file);
      });
    },
  };
}

async function syncFile({ store, parseData, generateDigest, config }: LoaderContext, file: string, id: string) {
  const contents = await readFile(file, 'utf8');
  const digest = generateDigest(contents);
  if (store.get(id)?.digest === digest) return;
  const filePath = relative(fileURLToPath(config.root), file);
  const { data, body } = readReportFile(contents, filePath);
  const parsed = await parseData({ id, data, filePath });
  store.set({ id, data: parsed, body, filePath, digest });
}
