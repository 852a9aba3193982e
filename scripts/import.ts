/**
 * npm run import -- <file|folder>… [--out content/reports] [--region 山东省/潍坊市/安丘市] [--force]
 * npm run --silent import -- --json <file>
 *
 * Imports annual reports (.txt .html .docx .pdf .md) into report files, or prints one report as
 * JSON. A bad input is reported by its message alone — file, place and what was expected.
 */
import { SingleBar } from 'cli-progress';
import { parseArgs } from 'node:util';
import { expandInputs, importAndWrite, type Outcome } from '../src/import/batch';
import type { Hints } from '../src/import/document';
import { ImportError, importFile } from '../src/import/index';
import { summary } from '../src/import/summary';

const USAGE = `usage: npm run import -- <file|folder>… [--out content/reports] [--region 省/市/县] [--force]
       npm run --silent import -- --json <file>
options: --title <t> --source-url <url> --agency <name> give what the page states outside the report text`;

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

function options() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        out: { type: 'string', default: 'content/reports' },
        region: { type: 'string' },
        force: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        title: { type: 'string' },
        'source-url': { type: 'string' },
        agency: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (e) {
    return fail(`${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
  }
}

async function printJson(file: string, hints: Hints) {
  try {
    const { report } = await importFile(file, hints);
    process.stdout.write(`${JSON.stringify(report)}\n`);
  } catch (e) {
    fail(e instanceof ImportError ? e.message : `${file}: internal error: ${e instanceof Error ? e.message : String(e)}`);
  }
}

async function importAll(files: readonly string[], out: string, force: boolean, hints: Hints) {
  const bar = files.length > 1 ? new SingleBar({ format: 'importing [{bar}] {value}/{total} {file}', stream: process.stderr, hideCursor: true }) : undefined;
  bar?.start(files.length, 0, { file: '' });
  const outcomes: Outcome[] = [];
  const written = new Set<string>();
  for (const file of files) {
    outcomes.push(await importAndWrite(file, { out, force, hints }, written));
    bar?.increment({ file });
  }
  bar?.stop();
  process.stdout.write(`${summary(outcomes)}\n`);
  if (outcomes.some((o) => o.status === 'failed')) process.exitCode = 1;
}

const { values, positionals } = options();
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (!positionals.length) fail(USAGE);
const region = values.region?.split('/').map((s) => s.trim()).filter(Boolean);
if (region && (region.length < 1 || region.length > 4)) fail(`--region ${values.region}: expected 1–4 levels, province first, e.g. 山东省/潍坊市/安丘市`);
const hints: Hints = { region, title: values.title, sourceUrl: values['source-url'], agency: values.agency };

try {
  if (values.json) {
    if (positionals.length !== 1) fail('--json reads exactly one file');
    await printJson(positionals[0]!, hints);
  } else {
    const files = await expandInputs(positionals);
    if (!files.length) fail(`no report files in ${positionals.join(' ')}`);
    await importAll(files, values.out, values.force, hints);
  }
} catch (e) {
  // A folder that cannot be listed or an output folder that cannot be written: say so, no stack trace.
  fail(e instanceof Error ? e.message : String(e));
}
