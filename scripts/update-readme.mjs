// Regenerates the README's rule table from the built catalog (run `npm run build` first; `npm run docs:update` does).
import { readFileSync, writeFileSync } from 'node:fs';
import { ruleCatalog } from '../dist/src/catalog/catalog.js';
import { renderRulesTable, replaceRulesTable } from '../dist/src/catalog/rules-table.js';

const path = new URL('../README.md', import.meta.url);
writeFileSync(path, replaceRulesTable(readFileSync(path, 'utf8'), renderRulesTable(ruleCatalog)));
