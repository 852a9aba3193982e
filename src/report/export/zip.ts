import { crc32, deflateRawSync } from 'node:zlib';

/** DOS date and time as ZIP headers store them (2-second resolution), here in UTC. */
function dosDateTime(date: Date): { time: number; day: number } {
  const time = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2);
  const day = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  return { time, day };
}

/**
 * A ZIP file of `files` (ASCII names, deflated), every entry dated `date`: the same files always
 * give the same bytes. The plain format of APPNOTE 6.3 (no ZIP64: an entry under 4 GiB), which is
 * all an XLSX needs; CRC-32 and deflate are Node.js's own zlib.
 */
export function zipFiles(files: readonly { name: string; data: string | Buffer }[], date: Date): Buffer {
  const { time, day } = dosDateTime(date);
  const parts: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const name = Buffer.from(file.name, 'ascii');
    const data = typeof file.data === 'string' ? Buffer.from(file.data, 'utf8') : file.data;
    const packed = deflateRawSync(data);
    // Shared by the local header (from its offset 4) and the directory entry (from its offset 6).
    const common = Buffer.alloc(26);
    common.writeUInt16LE(20, 0); // version needed: 2.0 (deflate)
    common.writeUInt16LE(0, 2); // flags
    common.writeUInt16LE(8, 4); // method: deflate
    common.writeUInt16LE(time, 6);
    common.writeUInt16LE(day, 8);
    common.writeUInt32LE(crc32(data), 10);
    common.writeUInt32LE(packed.length, 14);
    common.writeUInt32LE(data.length, 18);
    common.writeUInt16LE(name.length, 22);
    common.writeUInt16LE(0, 24); // extra field length
    const local = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), common, name]);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4); // made by: version 2.0, MS-DOS
    common.copy(entry, 6);
    // comment length, disk number, internal and external attributes: 0
    entry.writeUInt32LE(offset, 42);
    directory.push(entry, name);
    parts.push(local, packed);
    offset += local.length + packed.length;
  }
  const size = directory.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...directory, end]);
}
