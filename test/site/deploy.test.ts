import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { readdir } from 'node:fs/promises';
import { promisify } from 'node:util';
import { glob } from 'tinyglobby';
import { describe, expect, test } from 'vitest';
import { buildSite } from '../support/build-site';
import { repoRoot, testSitesDir } from '../support/paths';
import { generatedSite, type TestSite } from '../support/sites';

const files = async (dir: string) => (await glob('**/*', { cwd: dir, dot: true })).sort();

/** `npm run build` of a report folder into an output folder holding a previous site; its failure. */
async function failedBuild(reports: string, out: string): Promise<{ code?: number; stdout?: string; stderr?: string } | undefined> {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'index.html'), 'the site as deployed before');
  return promisify(execFile)('npm', ['run', 'build', '--', '--outDir', out], {
    cwd: repoRoot,
    env: { ...process.env, REPORTS_DIR: reports, ASTRO_TELEMETRY_DISABLED: '1' },
  }).then(
    () => undefined,
    (e: { code?: number; stdout?: string; stderr?: string }) => e,
  );
}

/** The previous site is still there, untouched, and no staging folder is left behind. */
async function expectUntouched(out: string) {
  expect(await files(out)).toEqual(['index.html']);
  expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('the site as deployed before');
  expect(existsSync(`${out}.staging`)).toBe(false);
}

describe('deploying the built folder', () => {
  test('two builds of the same content are byte-identical, search index included, and a rebuild removes stale files', { timeout: 120_000 }, async () => {
    // The generated site: 60 reports, enough for the search index to hold several pages per shard.
    const again: TestSite = { ...generatedSite, name: 'generated-again', outDir: resolve(testSitesDir, 'generated-again') };
    mkdirSync(again.outDir, { recursive: true });
    writeFileSync(join(again.outDir, 'stale.html'), 'left from an earlier build');
    // A cache of its own: every page and every search shard is made again, none copied from the first build.
    const cache = mkdtempSync(join(tmpdir(), 'nianbao-again-cache-'));
    await buildSite(again, { ASTRO_CACHE_DIR: cache });
    const first = await files(generatedSite.outDir);
    expect(first.length).toBeGreaterThan(20);
    expect(first.filter((f) => f.startsWith('pagefind/')).length).toBeGreaterThan(10);
    expect(await files(again.outDir)).toEqual(first);
    const differing = first.filter((f) => !readFileSync(join(generatedSite.outDir, f)).equals(readFileSync(join(again.outDir, f))));
    expect(differing).toEqual([]);
    expect(existsSync(`${again.outDir}.staging`)).toBe(false);
    // The output it replaced is removed by a process of its own, which the build does not wait for.
    await expect.poll(async () => (await readdir(testSitesDir)).filter((name) => name.startsWith(`${basename(again.outDir)}.old-`)), { timeout: 30_000 }).toEqual([]);
    rmSync(again.outDir, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
  });

  test('a build that fails half-way leaves the previous output as it was, and names the files that made it fail', { timeout: 120_000 }, async () => {
    // Each file passes the schema, but two reports of one agency for one year stop the catalog inside astro build.
    const reports = resolve(testSitesDir, 'broken-reports');
    rmSync(reports, { recursive: true, force: true });
    mkdirSync(reports, { recursive: true });
    const one = resolve(repoRoot, 'content/reports/2023/anqiushi-linghejiedao-banshichu.md');
    cpSync(one, join(reports, 'a.md'));
    cpSync(one, join(reports, 'b.md'));
    const out = resolve(testSitesDir, 'broken');
    const failure = await failedBuild(reports, out);
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain('was left as it was');
    // Bad input: the files and what was expected, no stack trace.
    expect(failure?.stderr).toMatch(/^\S*broken-reports\/b\.md: a second report of 安丘市凌河街道办事处 for 2023 \(the other is \S*broken-reports\/a\.md\); expected one report per agency and year$/mu);
    expect(failure?.stderr).not.toMatch(/^\s+at /mu);
    await expectUntouched(out);
    rmSync(out, { recursive: true, force: true });
    rmSync(reports, { recursive: true, force: true });
  });

  test('a report folder that is not there stops the build, naming it, rather than publishing a portal without reports', { timeout: 120_000 }, async () => {
    const out = resolve(testSitesDir, 'no-reports');
    const failure = await failedBuild(resolve(testSitesDir, 'no-such-reports'), out);
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toMatch(/^ {2}\S*no-such-reports: no such folder; expected the folder of report files \(content\/reports, or REPORTS_DIR\)$/mu);
    expect(`${failure?.stdout ?? ''}${failure?.stderr ?? ''}`).not.toMatch(/^\s+at /mu);
    await expectUntouched(out);
    rmSync(out, { recursive: true, force: true });
  });

  test('report files that break the schema stop the build, which names every file, key and what was expected, without a stack trace', { timeout: 120_000 }, async () => {
    const reports = resolve(testSitesDir, 'invalid-reports');
    rmSync(reports, { recursive: true, force: true });
    cpSync(resolve(repoRoot, 'content/reports'), reports, { recursive: true });
    const edit = (file: string, from: RegExp, to: string) => writeFileSync(join(reports, file), readFileSync(join(reports, file), 'utf8').replace(from, to));
    edit('2023/anqiushi-linghejiedao-banshichu.md', /^year: 2023$/mu, 'year: 二〇二三');
    edit('2024/linziqu-qilingjiedao-banshichu.md', /^---\n/u, '');
    const out = resolve(testSitesDir, 'invalid');
    const failure = await failedBuild(reports, out);
    expect(failure?.code).toBe(1);
    const output = `${failure?.stdout ?? ''}${failure?.stderr ?? ''}`;
    expect(failure?.stderr).toMatch(/^2 problem\(s\) in report files; nothing was built:$/mu);
    expect(failure?.stderr).toMatch(/^ {2}\S*2024\/linziqu-qilingjiedao-banshichu\.md: expected YAML frontmatter/mu);
    expect(failure?.stderr).toMatch(/^ {2}\S*2023\/anqiushi-linghejiedao-banshichu\.md: year: /mu);
    expect(output).not.toMatch(/^\s+at /mu);
    await expectUntouched(out);
    rmSync(out, { recursive: true, force: true });
    rmSync(reports, { recursive: true, force: true });
  });
});
