/**
 * Under `npm run build`, the staging folder may start with hard links to the last build's pages
 * (scripts/build/kept-pages.ts), which Astro leaves in place when it skips them. The build links
 * them while Astro starts; the routes that have a cacheKey wait for them before Astro decides what
 * to skip. A page Astro renders again is unlinked first, so that writing it makes a new file rather
 * than writing through the link into the output still being served.
 */
import { unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { base } from 'astro:config/client';
import type { BuildReply } from './build-channel';

/** The staging folder, when the build keeps pages in it. */
const staging = process.env.NIANBAO_KEPT_PAGES;
const prefix = base.replace(/\/*$/u, '/');

const ready = staging
  ? new Promise<void>((done) => {
      // Listening keeps the channel open until the pages are in place (or the build is gone).
      const listener = (message: BuildReply) => {
        if (message.kind !== 'kept') return;
        process.off('message', listener);
        process.off('disconnect', done);
        done();
      };
      process.on('message', listener);
      process.once('disconnect', done);
    })
  : Promise.resolve();

/** Resolves once the kept pages are in place: call before returning paths with a cacheKey. */
export const keptPagesReady = (): Promise<void> => ready;

/** Unlinks the kept page at `pathname`, if any, before Astro renders it anew. */
export async function releaseKeptPage(pathname: string): Promise<void> {
  if (!staging || !pathname.startsWith(prefix)) return;
  await unlink(join(staging, decodeURIComponent(pathname.slice(prefix.length)), 'index.html')).catch((e: NodeJS.ErrnoException) => {
    if (e.code !== 'ENOENT') throw e;
  });
}
