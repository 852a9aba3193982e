/**
 * npm run bench -- --reports N [--keep] [--rebuild] [--seed S]: builds the whole site from N
 * synthetic reports in a temporary folder, then a bare Astro site of as many trivial pages, then
 * with --rebuild the site again after one report's edit, and prints
 * as its last line one JSON object with the times, memory and sizes (see README, "Scale").
 */
import { appendFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { reportToMarkdown } from '../../src/report/write';
import { generateReports } from '../synthetic/generate';
import { bareAstroBuild } from './baseline';
import { buildPhases, cpuTimes, fileCreationMs, folderSize, isSearchStep, stealPercent } from './measure';
import { run } from './run';

const root = resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: {
    reports: { type: 'string' },
    seed: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
    rebuild: { type: 'boolean', default: false },
  },
});
const reports = Number(values.reports);
if (!Number.isInteger(reports) || reports < 1) {
  console.error('usage: npm run bench -- --reports N [--keep] [--rebuild] [--seed S]');
  process.exit(1);
}
const round = (x: number, digits = 1) => Number(x.toFixed(digits));
/** Empty files created to time the file system before the build: 50–250 ms on a quiet one here, 600–1,700 ms in the minutes after a large deletion. */
const FILES_PROBED = 2000;
/** Above this, the run is said to start on a file system still slowed by a deletion. */
const SLOW_FILES_MS = 400;
const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

const work = await mkdtemp(join(tmpdir(), 'nianbao-bench-'));
const reportsDir = join(work, 'reports');
const outDir = join(work, 'dist');
log(`${reports} reports in ${work}`);

const generated = generateReports({ reports, seed: Number(values.seed) });
for (let i = 0; i < generated.length; i += 256) {
  await Promise.all(
    generated.slice(i, i + 256).map(async (r) => {
      const file = join(reportsDir, r.path);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, reportToMarkdown(r.report, r.body));
    }),
  );
}

// A cold build with a cache of its own (content store, incremental pages), which leaves the
// project's cache alone. Astro's .astro folder is still shared: run no other build meanwhile.
const env = { REPORTS_DIR: reportsDir, ASTRO_CACHE_DIR: join(work, 'astro-cache') };
const loadBefore = loadavg()[0]!;
// How fast the file system creates files at this moment, which the build's cost follows (README, "Files created").
const filesMs = fileCreationMs(join(work, 'probe'), FILES_PROBED);
if (filesMs > SLOW_FILES_MS) {
  log(`the file system took ${Math.round(filesMs)} ms to create ${FILES_PROBED} empty files (a quiet one takes well under ${SLOW_FILES_MS}):`);
  log('something large was deleted in the last minutes (a kept folder, an earlier run), and this run will be slower than the code is (README, "Files created")');
}
// The hypervisor's share of the machine while the site builds: a slow run on a shared machine shows it.
const cpuBefore = await cpuTimes();
const build = () => run('npm', ['run', '-s', 'build', '--', '--outDir', outDir], { cwd: root, env });
log('building the site');
const full = await build();
const cpuAfter = await cpuTimes();
const phases = buildPhases(full.output);
const astro = phases.get('astro build') ?? 0;
const search = [...phases].filter(([phase]) => isSearchStep(phase)).reduce((sum, [, s]) => sum + s, 0);
const { mib: distMib, pages } = await folderSize(outDir);
const { mib: indexMib } = await folderSize(join(outDir, 'pagefind'));

// Right after the build, at the same moment of the machine, and before the rebuild, whose replaced
// output is removed in the background: on this machine's file system a large deletion slows the
// files created in the minutes after it (README, "Measuring").
log('building the bare baseline');
const baseline = await bareAstroBuild(root, join(work, 'baseline'), pages);

let rebuild: { seconds: number; cpuSeconds: number } | undefined;
if (values.rebuild) {
  // One report edited, as an agency correcting its narrative: only its page should be redone.
  const { path, report } = generated[Math.floor(generated.length / 2)]!;
  const correction = '本报告于发布后更正了一处文字。';
  await appendFile(join(reportsDir, path), `\n${correction}\n`);
  log(`rebuilding after editing ${path}`);
  rebuild = await build();
  const page = await readFile(join(outDir, 'reports', report.slug!, String(report.year), 'index.html'), 'utf8');
  if (!page.includes(correction)) throw new Error(`the rebuild did not update the page of ${path}`);
}

if (values.keep) log(`kept ${work}`);
else {
  log(`removing ${work}: a run started in the next six minutes will create its files slower (README, "Files created")`);
  await rm(work, { recursive: true, force: true });
}

console.log(
  JSON.stringify({
    reports,
    pages,
    seconds: { total: round(full.seconds), astro: round(astro), search_index: round(search), other: round(full.seconds - astro - search) },
    cpu_seconds: round(full.cpuSeconds),
    pages_per_second: round(pages / full.seconds),
    peak_rss_mib: Math.round(full.peakRssMib),
    dist_mib: round(distMib),
    index_mib: round(indexMib),
    baseline_seconds: round(baseline.seconds),
    baseline_cpu_seconds: round(baseline.cpuSeconds),
    ratio: round(astro / baseline.seconds, 2),
    ...(rebuild === undefined ? {} : { rebuild_seconds: round(rebuild.seconds), rebuild_cpu_seconds: round(rebuild.cpuSeconds) }),
    load_average: round(loadBefore, 2),
    files_ms: Math.round(filesMs),
    ...(cpuBefore && cpuAfter ? { steal_percent: round(stealPercent(cpuBefore, cpuAfter)) } : {}),
  }),
);
