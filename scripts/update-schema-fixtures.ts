/**
 * Regenerates test/schema/fixtures/invalid/*.errors.json from the current schema.
 *
 *   npx tsx scripts/update-schema-fixtures.ts           rewrite the files
 *   npx tsx scripts/update-schema-fixtures.ts --check   only report differences (exit 1 if any)
 *
 * Review the resulting diff: it is exactly what the schema change does to users' files.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { errorsFileFor, formatErrors, listFixtures, validateFile } from '../test/schema/schemaHarness';

function main(): number {
  const check = process.argv.includes('--check');
  let problems = 0;

  for (const fixture of listFixtures('valid')) {
    const errors = validateFile(fixture);
    if (errors.length > 0) {
      console.error(`valid/${basename(fixture)} is not valid:\n${formatErrors(errors)}`);
      problems++;
    }
  }

  for (const fixture of listFixtures('invalid')) {
    const errors = validateFile(fixture);
    const target = errorsFileFor(fixture);
    if (errors.length === 0) {
      // An invalid fixture that passes means the schema lost a check; never record "no errors".
      console.error(`invalid/${basename(fixture)} is valid: the schema no longer catches its mistake`);
      problems++;
      continue;
    }
    const text = formatErrors(errors);
    const current = existsSync(target) ? readFileSync(target, 'utf8') : undefined;
    if (current === text) continue;
    if (check) {
      console.error(`invalid/${basename(target)} is out of date`);
      problems++;
    } else {
      writeFileSync(target, text);
      console.log(`${current === undefined ? 'created' : 'updated'} invalid/${basename(target)}`);
    }
  }
  return problems === 0 ? 0 : 1;
}

process.exitCode = main();
