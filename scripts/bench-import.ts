/**
 * npm run bench:import [-- --count 1000]
 *
 * Times `npm run import` on a batch of text reports: the five seeds copied with a different agency
 * each (so every copy writes its own file), imported end to end by the CLI into a temp folder.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { titleAgency } from '../src/import/agency';
import { readJson, REPO, SEEDS, seedNames } from '../src/import/testing';

const { values } = parseArgs({ options: { count: { type: 'string', default: '1000' } } });
const count = Number(values.count);
const DIGITS = '〇一二三四五六七八九';
const hanNumber = (n: number) => [...String(n)].map((d) => DIGITS[Number(d)]).join('');

const work = mkdtempSync(join(tmpdir(), 'nianbao-bench-'));
const inputs = join(work, 'inputs');
const out = join(work, 'reports');
mkdirSync(inputs);
const seeds = seedNames().map((name) => ({
  text: readFileSync(join(SEEDS, `${name}.txt`), 'utf8'),
  agency: titleAgency(String(readJson(join(SEEDS, 'expected', `${name}.json`))['title']))!,
}));
for (let i = 0; i < count; i++) {
  const seed = seeds[i % seeds.length]!;
  // 第N分所 after the agency keeps its region and gives every copy its own slug.
  writeFileSync(join(inputs, `${String(i).padStart(4, '0')}.txt`), seed.text.replaceAll(seed.agency, `${seed.agency}第${hanNumber(i)}分所`));
}

const tsx = createRequire(import.meta.url).resolve('tsx/cli');
const started = performance.now();
const run = spawnSync(process.execPath, [tsx, join(REPO, 'scripts/import.ts'), inputs, '--out', out], { encoding: 'utf8' });
const seconds = (performance.now() - started) / 1000;
const written = readdirSync(out, { recursive: true }).filter((f) => String(f).endsWith('.md')).length;
console.log(run.stdout.split('\n')[0]);
console.log(`${count} text reports → ${written} report files in ${seconds.toFixed(1)} s (${((seconds * 1000) / count).toFixed(1)} ms per report, node ${process.version})`);
rmSync(work, { recursive: true, force: true });
if (run.status !== 0 || written !== count) process.exitCode = 1;
