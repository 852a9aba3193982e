/**
 * npm run build [-- --outDir dir]: build the site with Astro into a staging folder next to the
 * output, run the post-build steps on it, then swap it in. A failed build leaves the previous
 * output untouched and never a half-written one.
 */
import { spawn } from 'node:child_process';
import { readdir, rm, rename } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblems } from '../src/report/errors';
import { removeLater } from '../src/site/build-cache';
import type { BuildMessage, BuildReply } from '../src/site/build-channel';
import type { CachedReport } from '../src/site/report-cache';
import { ASTRO_NODE_FLAGS, astroHeapFlags } from './build/astro-flags';
import { dropStalePages, keepPages, pagesToKeep, recordOutput } from './build/kept-pages';
import { SearchIndex } from './build/search-index';
import { postBuildSteps } from './build/steps';
import { syncedSearchSources } from './build/synced-content';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { outDir: { type: 'string', default: 'dist' } } });
const outDir = resolve(root, values.outDir);
const staging = `${outDir}.staging`;

/** Why a build stopped: the report files' problems, named by Astro's loader before it ends (src/site/report-loader.ts). */
class ReportProblems extends Error {}

/**
 * Runs `astro build` (./build/astro-build.mjs) with a message channel (src/site/build-channel.ts): the loader sends the report
 * files' problems on it, or the synced reports, whose search index `search` begins at once.
 */
function astroBuild(dir: string, search: SearchIndex, keeping?: Promise<unknown>): Promise<void> {
  const astro = resolve(root, 'scripts/build/astro-build.mjs');
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, [...astroHeapFlags(process.env.NODE_OPTIONS), ...ASTRO_NODE_FLAGS, astro, dir], {
      cwd: root,
      stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NIANBAO_BUILD_CHANNEL: '1', ...(keeping ? { NIANBAO_KEPT_PAGES: dir } : {}) },
    });
    // The pages kept from the last build are linked while Astro starts; it waits for them before deciding what to skip.
    void keeping?.finally(() => child.connected && child.send({ kind: 'kept' } satisfies BuildReply));
    let problems: string[] = [];
    child.on('message', (message: BuildMessage) => {
      if (message.kind === 'problems') problems = message.problems;
      else indexContent(search, message.reports);
    });
    child.on('error', fail);
    child.on('exit', (code) => {
      if (code === 0) ok();
      else fail(problems.length > 0 ? new ReportProblems(formatProblems(problems)) : new Error(`astro build exited with ${code}`));
    });
  });
}

/** Begins the search index of the reports Astro has synced. */
function indexContent(search: SearchIndex, reports: CachedReport[]): void {
  try {
    search.start(syncedSearchSources(reports));
  } catch (e) {
    // A catalog Astro refuses too fails the build there first, with the same message.
    search.refuse(`the synced reports could not be read: ${(e as Error).message}`);
  }
}

/** Runs one phase and logs its duration: `npm run bench` reads these lines. */
async function timed<T>(phase: string, run: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await run();
  console.log(`[nianbao] ${phase}: ${((performance.now() - start) / 1000).toFixed(2)}s`);
  return result;
}

async function main() {
  await rm(staging, { recursive: true, force: true });
  const toKeep = await pagesToKeep(outDir);
  // A rebuild renders a few pages and the edited report's shard is what it waits for: not niced.
  const search = new SearchIndex({ beside: toKeep === undefined });
  const keeping = toKeep && keepPages(toKeep, staging);
  try {
    await timed('astro build', () => astroBuild(staging, search, keeping)).finally(() => search.widen());
    const kept = (await keeping) ?? [];
    if (kept.length > 0) console.log(`kept ${kept.length} page(s) of the last build, ${await dropStalePages(staging, kept)} of them no longer built`);
    // All settle before the staging folder may be removed: a failed step does not stop the others at once.
    const steps = await Promise.allSettled(postBuildSteps(search).map((step) => timed(`step ${step.name}`, () => step.run(staging))));
    const failed = steps.find((s) => s.status === 'rejected');
    if (failed) throw failed.reason;
  } catch (e) {
    search.stop();
    await Promise.all([search.finished(), keeping]);
    await rm(staging, { recursive: true, force: true });
    if (e instanceof ReportProblems) console.error(e.message);
    else console.error(`Build failed; ${values.outDir} was left as it was. ${(e as Error).message}`);
    process.exit(1);
  }
  await timed('swap', async () => {
    const old = `${outDir}.old-${process.pid}`;
    if (existsSync(outDir)) await rename(outDir, old);
    await rename(staging, outDir);
    // Any old output a remover did not finish (it was stopped) goes with this one.
    const leftovers = (await readdir(dirname(outDir))).filter((name) => name.startsWith(`${basename(outDir)}.old-`));
    for (const name of leftovers) removeLater(join(dirname(outDir), name));
  });
  await recordOutput(outDir);
}

await main();
