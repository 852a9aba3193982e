import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir as makeTempDir } from '../test-support/temp-dir';
import { readJson, REPO, SEEDS } from './testing';

const tsx = createRequire(import.meta.url).resolve('tsx/cli');
const cli = (...args: string[]) => spawnSync(process.execPath, [tsx, join(REPO, 'scripts/import.ts'), ...args], { encoding: 'utf8' });
const seed = join(SEEDS, '000_33d6a2f84f217729.txt');
const tempDir = () => makeTempDir('nianbao-cli-');

// Each case starts the CLI in a fresh Node process, which can take seconds on a busy machine.
describe('npm run import', { timeout: 60_000 }, () => {
  it('prints exactly the contract object with --json', () => {
    const run = cli('--json', seed);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(readJson(join(SEEDS, 'expected', '000_33d6a2f84f217729.json')));
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('says what is wrong with a bad input on stderr only, without a stack trace', () => {
    const bad = join(tempDir(), 'bad.txt');
    writeFileSync(bad, '这不是一份报告。\n');
    const run = cli('--json', bad);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`${bad}: not a 政府信息公开工作年度报告: no report title and no 收到和处理政府信息公开申请情况 table\n`);
  });

  it('writes report files, keeps existing ones without --force, and writes nothing for a failed input', () => {
    const dir = tempDir();
    const bad = join(dir, 'bad.txt');
    writeFileSync(bad, '这不是一份报告。\n');
    const out = join(dir, 'reports');
    const first = cli(seed, bad, '--out', out);
    expect(first.status).toBe(1);
    expect(first.stdout).toContain('2 files: 1 imported, 0 with warnings, 1 failed');
    const written = join(out, '2023', 'anqiushi-linghejiedao-banshichu.md');
    expect(readFileSync(written, 'utf8')).toMatch(/^---\ntitle: 安丘市凌河街道办事处2023年政府信息公开工作年度报告\n/u);
    expect(existsSync(join(out, 'bad.md'))).toBe(false);

    const again = cli(seed, '--out', out);
    expect(again.stdout).toContain(`failed         ${written} exists (use --force to overwrite)`);
    expect(cli(seed, '--out', out, '--force').stdout).toContain('1 file: 1 imported, 0 with warnings, 0 failed');
  });

  it('takes the region from --region', () => {
    const run = cli('--json', seed, '--region', '山东省/潍坊市/安丘市/凌河街道');
    expect(JSON.parse(run.stdout).region).toEqual(['山东省', '潍坊市', '安丘市', '凌河街道']);
  });
});
