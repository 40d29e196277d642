// The SARIF the plugin writes must satisfy the official SARIF 2.1.0 schema, as GitHub code scanning requires.
// The invoker integration tests (./mvnw verify) leave one report per sample repository under target/it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const Ajv = require('ajv');
const here = dirname(fileURLToPath(import.meta.url));
const schema = JSON.parse(readFileSync(join(here, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
const itRoot = join(here, '../../../target/it');

/** The SARIF schema is draft-04, which ajv 6 reads once its meta-schema is added (as jest-sarif does). */
function validator() {
  const ajv = new Ajv({ allErrors: true, schemaId: 'auto' });
  ajv.addMetaSchema(require('ajv/lib/refs/json-schema-draft-04.json'));
  return { ajv, validate: ajv.compile(schema) };
}

function reports() {
  if (!existsSync(itRoot)) return [];
  return readdirSync(itRoot)
    .map((name) => join(itRoot, name, 'target/irlint/irlint.sarif'))
    .filter((file) => existsSync(file));
}

test('the integration tests left SARIF reports to check', () => {
  assert.ok(reports().length >= 5, `expected the invoker ITs' reports under ${itRoot}; run ./mvnw verify first`);
});

for (const file of reports()) {
  test(`valid SARIF 2.1.0: ${file.slice(itRoot.length + 1)}`, () => {
    const { ajv, validate } = validator();
    const log = JSON.parse(readFileSync(file, 'utf8'));
    assert.ok(validate(log), ajv.errorsText(validate.errors, { separator: '\n' }));
  });
}

test('the schema rejects a report that breaks it (so a pass means something)', () => {
  const { validate } = validator();
  assert.equal(validate({ version: '2.1.0', runs: [{ tool: {} }] }), false);
});
