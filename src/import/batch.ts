import { existsSync } from 'node:fs';
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Hints } from './document';
import { ExistingReportError, ImportError } from './errors';
import { importFile } from './index';
import { reportToMarkdown } from '../report/write';
import { reportPath } from './output';
import { isSupported } from './read';

export interface Outcome {
  file: string;
  status: 'imported' | 'warnings' | 'failed';
  /** Where the report was written. */
  path?: string;
  /** Warnings, or the one reason it failed. */
  notes: string[];
}

/** Every supported file under the given files and folders, folders walked in name order. */
export async function expandInputs(inputs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => undefined);
    if (!info?.isDirectory()) {
      files.push(input);
      continue;
    }
    const entries = (await readdir(input, { recursive: true, withFileTypes: true }))
      // A folder of reports often carries a README or hidden editor files; they are not reports.
      .filter((e) => e.isFile() && isSupported(e.name) && !/^(?:readme|\.)/iu.test(e.name))
      .map((e) => join(e.parentPath, e.name))
      .sort();
    files.push(...entries);
  }
  return files;
}

export interface WriteOptions {
  out: string;
  force: boolean;
  hints: Hints;
}

/**
 * Imports one file and writes its report. A failed input writes nothing; an existing report
 * (on disk, or written earlier in the same batch) is kept unless `force`.
 */
export async function importAndWrite(file: string, options: WriteOptions, written: Set<string>): Promise<Outcome> {
  try {
    const { report, body, warnings } = await importFile(file, options.hints);
    const path = reportPath(options.out, report);
    if (!options.force && (written.has(path) || existsSync(path))) {
      throw new ExistingReportError(file, `${path} exists (use --force to overwrite)`);
    }
    await mkdir(dirname(path), { recursive: true })
      .then(() => writeFile(path, reportToMarkdown(report, body)))
      .catch((e: unknown) => {
        throw new ImportError(file, `cannot write ${path} (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
      });
    written.add(path);
    return { file, status: warnings.length ? 'warnings' : 'imported', path, notes: warnings };
  } catch (e) {
    if (e instanceof ImportError) return { file, status: 'failed', notes: [e.detail] };
    // A bug, not a bad input: still reported per file so one report does not stop the batch.
    return { file, status: 'failed', notes: [`internal error: ${e instanceof Error ? e.message : String(e)}`] };
  }
}
