/**
 * npm run build [-- --outDir dir]: validate the report files, build the site with Astro into a
 * staging folder next to the output, run the post-build steps on it, then swap it in. A failed
 * build leaves the previous output untouched and never a half-written one.
 */
import { spawn } from 'node:child_process';
import { rm, rename } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { totalmem } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { cacheDir, reportsDir } from '../src/config/deploy.mjs';
import { POST_BUILD_STEPS } from './build/steps';
import { formatProblems, validateReportFiles } from './build/validate-files';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { outDir: { type: 'string', default: 'dist' } } });
const outDir = resolve(root, values.outDir);
const staging = `${outDir}.staging`;

function astroBuild(dir: string, signal: AbortSignal): Promise<void> {
  const astro = resolve(root, 'node_modules/astro/bin/astro.mjs');
  return new Promise((ok, fail) => {
    // V8 stops at about 4 GiB of heap whatever the machine has; a large portal may use half the machine.
    const heap = process.env.NODE_OPTIONS?.includes('max-old-space-size') ? [] : [`--max-old-space-size=${Math.floor(totalmem() / 2 ** 21)}`];
    const child = spawn(process.execPath, [...heap, astro, 'build', '--outDir', dir], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      signal,
    });
    child.on('error', () => {}); // An abort is reported by the validation, not here.
    child.on('exit', (code) => (code === 0 ? ok() : fail(new Error(`astro build exited with ${code}`))));
  });
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
  // Validation runs beside the Astro build (which is mostly one thread on one core): the site is
  // only swapped in when both succeed, and a problem stops the build at once.
  const abort = new AbortController();
  const validation = timed('validate', () => validateReportFiles(resolve(root, reportsDir()), root, resolve(root, cacheDir(), 'nianbao-valid.json'))).then((result) => {
    if (result.problems.length > 0) abort.abort();
    return result;
  });
  const astro = timed('astro build', () => astroBuild(staging, abort.signal));
  const [checked, built] = await Promise.allSettled([validation, astro]);
  if (checked.status === 'rejected') throw checked.reason;
  if (checked.value.problems.length > 0) {
    await rm(staging, { recursive: true, force: true });
    console.error(formatProblems(checked.value.problems));
    process.exit(1);
  }
  try {
    if (built.status === 'rejected') throw built.reason;
    // All settle before the staging folder may be removed: a failed step does not stop the others at once.
    const steps = await Promise.allSettled(POST_BUILD_STEPS.map((step) => timed(`step ${step.name}`, () => step.run(staging))));
    const failed = steps.find((s) => s.status === 'rejected');
    if (failed) throw failed.reason;
  } catch (e) {
    await rm(staging, { recursive: true, force: true });
    console.error(`Build failed; ${values.outDir} was left as it was. ${(e as Error).message}`);
    process.exit(1);
  }
  const old = `${outDir}.old`;
  await rm(old, { recursive: true, force: true });
  if (existsSync(outDir)) await rename(outDir, old);
  await rename(staging, outDir);
  await rm(old, { recursive: true, force: true });
}

await main();
