import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ASTRO_NODE_FLAGS } from '../build/astro-flags';
import { run, type RunResult } from './run';

/**
 * The bare baseline: an Astro project of one trivial dynamic page producing `pages` pages, built
 * with the same Astro and Node as the site. What the site costs above it is our doing.
 */
export async function bareAstroBuild(repoRoot: string, dir: string, pages: number): Promise<RunResult> {
  await mkdir(join(dir, 'src/pages'), { recursive: true });
  await symlink(resolve(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  await writeFile(join(dir, 'package.json'), '{ "name": "bare-baseline", "private": true, "type": "module" }\n');
  await writeFile(join(dir, 'astro.config.mjs'), "export default { devToolbar: { enabled: false }, cacheDir: './.astro-cache' };\n");
  await writeFile(
    join(dir, 'src/pages/[n].astro'),
    `---
export function getStaticPaths() {
  return Array.from({ length: ${pages} }, (_, i) => ({ params: { n: String(i) } }));
}
const { n } = Astro.params;
---
<html lang="zh-CN"><head><title>第{n}页</title></head><body><p>第{n}页</p></body></html>
`,
  );
  // Started as the site's build starts Astro, logging as little.
  return run(process.execPath, [...ASTRO_NODE_FLAGS, resolve(repoRoot, 'scripts/build/astro-build.mjs'), 'dist'], { cwd: dir });
}
