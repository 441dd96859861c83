import { readFileSync } from 'node:fs';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';

// Both are CommonJS modules that also set `exports.default`; under NodeNext that is where the types are.
const Ajv = ajvDraft04.default;
const addFormats = ajvFormats.default;

const schema = JSON.parse(readFileSync(new URL('../schema/sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as object;
const ajv = new Ajv({ allErrors: true });
addFormats(ajv);
const validate = ajv.compile(schema);

/** Schema errors of a SARIF document (OASIS errata01, draft-04), as readable lines; empty when valid. */
export function sarifSchemaErrors(document: unknown): string[] {
  if (validate(document)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`);
}
