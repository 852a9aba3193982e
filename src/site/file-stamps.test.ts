import { stat, utimes, writeFile } from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { fileStamp, readStamps, STAMP_MARGIN_MS, unchangedSince } from './file-stamps';

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('report file stamps', () => {
  test('a file rewritten, or only touched, has another stamp', async () => {
    const folder = (dir = await mkdtemp(join(tmpdir(), 'stamps-')));
    const file = join(folder, 'r.md');
    await writeFile(file, '---\nyear: 2023\n---\n');
    const before = fileStamp(await stat(file));
    await utimes(file, new Date(Date.now() + 5000), new Date(Date.now() + 5000));
    expect(fileStamp(await stat(file))).not.toBe(before);
    await writeFile(file, '---\nyear: 2024\n---\n');
    expect(fileStamp(await stat(file))).not.toBe(before);
  });

  test('trusts a stamp only for a file last modified before the last sync began', () => {
    const last = { 'r/2023': '7:100:1000' };
    const syncedAt = 1000 + STAMP_MARGIN_MS + 1;
    expect(unchangedSince(last, syncedAt, 'r/2023', '7:100:1000', 1000)).toBe(true);
    // Modified just before or while the last sync read it: it is read again.
    expect(unchangedSince(last, syncedAt - 1, 'r/2023', '7:100:1000', 1000)).toBe(false);
    expect(unchangedSince(last, syncedAt, 'r/2023', '7:101:1000', 1000)).toBe(false);
    expect(unchangedSince(last, syncedAt, 'r/2024', '7:100:1000', 1000)).toBe(false);
  });

  test('reads no stamps from a missing or damaged record', () => {
    expect(readStamps(undefined)).toEqual({ stamps: {}, syncedAt: 0, rest: {} });
    expect(readStamps('{"stamps":')).toEqual({ stamps: {}, syncedAt: 0, rest: {} });
    expect(readStamps(JSON.stringify({ stamps: { a: '1:2:3' }, syncedAt: 5, code: 'x' }))).toEqual({ stamps: { a: '1:2:3' }, syncedAt: 5, rest: { code: 'x' } });
  });
});
