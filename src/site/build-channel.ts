import type { CachedReport } from './report-cache';

/**
 * Messages from Astro to `npm run build` (scripts/build.ts), which starts it with a message channel
 * and NIANBAO_BUILD_CHANNEL=1: the report files' problems (the build prints them, and Astro stops
 * without a stack trace), and the reports once the content is synced, from which the build makes the
 * search index while Astro renders (scripts/build/search-index.ts).
 */
export type BuildMessage =
  | { kind: 'problems'; problems: string[] }
  /** The content store once synced. */
  | { kind: 'content'; reports: CachedReport[] };

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
