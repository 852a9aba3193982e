import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { tempDir } from '../../src/test-support/temp-dir';
import { fileCreationMs, parseCpuTimes, stealPercent } from './measure';

test('the hypervisor’s share of the CPU time comes from /proc/stat’s first line, guest time not counted twice', () => {
  const before = parseCpuTimes('cpu  100 0 50 800 10 0 5 35 7 0\ncpu0 50 0 25 400 5 0 2 18 0 0\n')!;
  const after = parseCpuTimes('cpu  300 0 100 1000 10 0 5 85 9 0\n')!;
  expect(before).toEqual({ total: 1000, steal: 35 });
  expect(after).toEqual({ total: 1500, steal: 85 });
  expect(stealPercent(before, after)).toBe(10);
  expect(parseCpuTimes('')).toBeUndefined();
  expect(parseCpuTimes('cpu  1 2 3\n')).toBeUndefined();
});

test('the file system’s state is timed by creating that many files in a folder of their own', () => {
  const dir = join(tempDir('nianbao-files-'), 'probe');
  const ms = fileCreationMs(dir, 200);
  expect(readdirSync(dir).sort((a, b) => Number(a) - Number(b))).toEqual(Array.from({ length: 200 }, (_, i) => String(i)));
  expect(ms).toBeGreaterThan(0);
});
