import type { Shard } from '../search/shards';

/**
 * Messages from Astro to `npm run build` (scripts/build.ts), which starts it with a message channel
 * and NIANBAO_BUILD_CHANNEL=1: the report files' problems (the build prints them, and Astro stops
 * without a stack trace), and the search feed (src/site/search-feed.ts).
 */
export type BuildMessage =
  | { kind: 'problems'; problems: string[] }
  | { kind: 'plan'; shards: Shard[] }
  /** The report pages (files below the site) Astro is about to render: in a rebuild, only those whose cacheKey changed. */
  | { kind: 'rendering'; files: string[] }
  /** A rendered report page: its article's `articleDigest` and `articleText` (a fifth of the article). */
  | { kind: 'page'; file: string; digest: string; text: string };

const open = process.env.NIANBAO_BUILD_CHANNEL === '1' && typeof process.send === 'function';
if (open) {
  // Astro ends when it has nothing left to do; the channel must not keep it running (queued messages are still sent).
  process.channel?.unref();
  // The build that started Astro has stopped (killed, or out of memory): what Astro writes would go
  // nowhere, into a staging folder the next build removes and fills while this one still writes there.
  process.once('disconnect', () => {
    console.error('nianbao: the build that started Astro has stopped; Astro stops too.');
    process.exit(1);
  });
}

/** Messages from `npm run build` to Astro: the pages kept from the last build are all in place (src/site/kept-pages.ts). */
export type BuildReply = { kind: 'kept' };

/** Whether this Astro process was started by `npm run build`, with a channel to it. */
export const buildChannel = open;

/** Sends a message to `npm run build`; resolves once it is on its way. */
export function sendToBuild(message: BuildMessage): Promise<void> {
  return new Promise((ok, fail) => {
    process.send!(message, undefined, {}, (e: Error | null) => (e ? fail(e) : ok()));
  });
}
