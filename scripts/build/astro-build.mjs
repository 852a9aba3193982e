/**
 * `node astro-build.mjs <outDir>`: `astro build --outDir <outDir>` in the current folder, as Astro's
 * command runs it, but with Astro logging warnings and errors only. Its command logs a line for
 * every page written, which at 14,000 pages cost its main thread about a second and filled a CI log;
 * `npm run build` (scripts/build.ts) reports the build's steps and times itself.
 */
import module from 'node:module';
import { build } from 'astro';

// As Astro's command does: its own modules compiled once, not in every build.
if (!process.env.CI) module.enableCompileCache?.();

try {
  await build({ outDir: process.argv[2], logLevel: 'warn' });
} catch (error) {
  const { inReports, hint, stack, message } = /** @type {Error & { inReports?: boolean, hint?: string }} */ (error);
  // A report's problem (src/report/errors.ts) names the file and what was expected: that is all to say.
  // Any other error: what Astro's command prints, the message, Astro's hint, where it was thrown.
  if (inReports) console.error(message);
  else console.error([stack ?? message ?? String(error), hint ? `Hint: ${hint}` : ''].filter(Boolean).join('\n'));
  process.exit(1);
}
