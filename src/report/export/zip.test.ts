import { crc32, inflateRawSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { zipFiles } from './zip';

/** The entries of a ZIP file as its central directory lists them, each read at its local header and checked against its CRC. */
function unzip(zip: Buffer): { name: string; data: string; time: number; day: number }[] {
  const end = zip.length - 22;
  expect(zip.readUInt32LE(end)).toBe(0x06054b50);
  const entries = [];
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < zip.readUInt16LE(end + 10); i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const nameLength = zip.readUInt16LE(at + 28);
    const name = zip.toString('ascii', at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    expect(zip.readUInt32LE(local)).toBe(0x04034b50);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = inflateRawSync(zip.subarray(start, start + zip.readUInt32LE(at + 20)));
    expect(data.length).toBe(zip.readUInt32LE(at + 24));
    expect(crc32(data)).toBe(zip.readUInt32LE(at + 16));
    entries.push({ name, data: data.toString('utf8'), time: zip.readUInt16LE(local + 10), day: zip.readUInt16LE(local + 12) });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

describe('zipFiles', () => {
  test('packs each file, deflated, with its CRC and sizes, dated as given, the same bytes each time', () => {
    const files = [
      { name: 'a.xml', data: '<a>政府信息公开</a>'.repeat(100) },
      { name: 'dir/b.txt', data: Buffer.from('') },
    ];
    const zip = zipFiles(files, new Date('2024-01-31T13:45:10Z'));
    expect(unzip(zip)).toEqual([
      { name: 'a.xml', data: files[0]!.data, time: (13 << 11) | (45 << 5) | 5, day: ((2024 - 1980) << 9) | (1 << 5) | 31 },
      { name: 'dir/b.txt', data: '', time: (13 << 11) | (45 << 5) | 5, day: ((2024 - 1980) << 9) | (1 << 5) | 31 },
    ]);
    expect(zipFiles(files, new Date('2024-01-31T13:45:10Z')).equals(zip)).toBe(true);
  });
});
