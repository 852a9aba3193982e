import { rename, writeFile } from 'node:fs/promises';

/**
 * Writes a file of a cache shared between builds: to a name of this process first, then renamed,
 * so that another build never reads it half-written.
 */
export async function writeWhole(file: string, content: string | Uint8Array): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, content);
  await rename(temporary, file);
}
