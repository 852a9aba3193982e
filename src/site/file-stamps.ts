import type { Stats } from 'node:fs';

/**
 * What a build remembers of each file it read, by name: its inode, size and modification time. A
 * file whose stamp is unchanged since it was read is not read again, as git and rsync do: the
 * report loader's sources (at 10,000 reports, reading and digesting them all took a second of every
 * rebuild) and the search step's pages (most of them kept from the last build, the same files).
 */
export type Stamps = Record<string, string>;

export const fileStamp = (stats: Pick<Stats, 'ino' | 'size' | 'mtimeMs'>): string => `${stats.ino}:${stats.size}:${stats.mtimeMs}`;

/**
 * Whether a file can be taken as unchanged since it was last read, from its stamp alone. Not when it
 * was modified after the last reading began (`lastSync`, with a margin for coarse file-system clocks):
 * a change within the same clock tick as that read would leave the stamp as it was.
 */
export function unchangedSince(last: Stamps, lastSync: number, id: string, stamp: string, mtimeMs: number): boolean {
  return last[id] === stamp && mtimeMs < lastSync - STAMP_MARGIN_MS;
}

/** FAT and some network file systems keep modification times to 2 s. */
export const STAMP_MARGIN_MS = 2000;

/**
 * Stamps as saved (JSON of `{ stamps, syncedAt }`, with any other fields of the record in `rest`), or
 * none when they are missing or unreadable: a damaged record only means every file is read again.
 */
export function readStamps(saved: string | undefined): { stamps: Stamps; syncedAt: number; rest: Record<string, unknown> } {
  try {
    const { stamps, syncedAt, ...rest } = JSON.parse(saved ?? '') as { stamps?: unknown; syncedAt?: unknown };
    if (typeof syncedAt === 'number' && typeof stamps === 'object' && stamps !== null) return { stamps: stamps as Stamps, syncedAt, rest };
  } catch {}
  return { stamps: {}, syncedAt: 0, rest: {} };
}
