/**
 * Pagefind's script waits for a shard's index to open by looking every 50 ms (`getPtr`): a search
 * asked for while the shard opens, as every first search of a shard is, starts up to 50 ms after
 * the shard is ready, 25 ms on average, once for the newest shard and again for each older one a
 * rare word is looked up in. Looking every 5 ms costs nothing measurable. The script is generated
 * by the pinned pagefind binary, so the exact text is known; if an upgrade changes it, the script
 * is left as it is (slower, not wrong) and the build says so.
 */
const WAIT = 'while(this.raw_ptr===null){if(this.initError){throw this.initError;}await asyncSleep(50);}';
const SHORTER = WAIT.replace('asyncSleep(50)', 'asyncSleep(5)');

/** The script with the shorter wait, or undefined when it does not hold the known one (exactly once). */
export function shortenOpenWait(script: string): string | undefined {
  const at = script.indexOf(WAIT);
  if (at < 0 || script.indexOf(WAIT, at + 1) >= 0) return undefined;
  return script.slice(0, at) + SHORTER + script.slice(at + WAIT.length);
}
