import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { repoRoot } from './paths';
import type { TestSite } from './sites';

const run = promisify(execFile);

/** Builds a site the way users do (`npm run build`), with its report folder and base path; returns the build's output. */
export async function buildSite(site: TestSite, env: Record<string, string> = {}): Promise<string> {
  const { stdout } = await run('npm', ['run', 'build', '--', '--outDir', site.outDir], {
    cwd: repoRoot,
    env: { ...process.env, REPORTS_DIR: site.reportsDir, BASE_PATH: site.base, ASTRO_TELEMETRY_DISABLED: '1', ...site.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
  }).catch((e: { stdout?: string; stderr?: string }) => {
    throw new Error(`building ${site.name} failed:\n${e.stdout ?? ''}\n${e.stderr ?? ''}`);
  });
  return stdout;
}
