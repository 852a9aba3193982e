import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { glob } from 'tinyglobby';
import { describe, expect, test } from 'vitest';
import { buildSite } from '../support/build-site';
import { repoRoot, testSitesDir } from '../support/paths';
import { generatedSite, type TestSite } from '../support/sites';

const files = async (dir: string) => (await glob('**/*', { cwd: dir, dot: true })).sort();

describe('deploying the built folder', () => {
  test('two builds of the same content are byte-identical, search index included, and a rebuild removes stale files', { timeout: 120_000 }, async () => {
    // The generated site: 60 reports, enough for the search index to hold several pages per shard.
    const again: TestSite = { ...generatedSite, name: 'generated-again', outDir: resolve(testSitesDir, 'generated-again') };
    mkdirSync(again.outDir, { recursive: true });
    writeFileSync(join(again.outDir, 'stale.html'), 'left from an earlier build');
    // A cache of its own: every page and every search shard is made again, none copied from the first build.
    await buildSite(again, { ASTRO_CACHE_DIR: mkdtempSync(join(tmpdir(), 'nianbao-again-cache-')) });
    const first = await files(generatedSite.outDir);
    expect(first.length).toBeGreaterThan(20);
    expect(first.filter((f) => f.startsWith('pagefind/')).length).toBeGreaterThan(10);
    expect(await files(again.outDir)).toEqual(first);
    const differing = first.filter((f) => !readFileSync(join(generatedSite.outDir, f)).equals(readFileSync(join(again.outDir, f))));
    expect(differing).toEqual([]);
    expect(existsSync(`${again.outDir}.staging`) || existsSync(`${again.outDir}.old`)).toBe(false);
    rmSync(again.outDir, { recursive: true, force: true });
  });

  test('a build that fails half-way leaves the previous output as it was', { timeout: 120_000 }, async () => {
    // Each file passes the schema, but two reports of one agency for one year stop the catalog inside astro build.
    const reports = resolve(testSitesDir, 'broken-reports');
    rmSync(reports, { recursive: true, force: true });
    mkdirSync(reports, { recursive: true });
    const one = resolve(repoRoot, 'content/reports/2023/anqiushi-linghejiedao-banshichu.md');
    cpSync(one, join(reports, 'a.md'));
    cpSync(one, join(reports, 'b.md'));
    const out = resolve(testSitesDir, 'broken');
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'index.html'), 'the site as deployed before');

    const failure = await promisify(execFile)('npm', ['run', 'build', '--', '--outDir', out], {
      cwd: repoRoot,
      env: { ...process.env, REPORTS_DIR: reports, ASTRO_TELEMETRY_DISABLED: '1' },
    }).then(
      () => undefined,
      (e: { code?: number; stderr?: string }) => e,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain('was left as it was');
    expect(await files(out)).toEqual(['index.html']);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('the site as deployed before');
    expect(existsSync(`${out}.staging`)).toBe(false);
    rmSync(out, { recursive: true, force: true });
    rmSync(reports, { recursive: true, force: true });
  });
});
