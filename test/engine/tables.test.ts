import { describe, expect, it } from 'vitest';
import { isRuleId } from '../../src/catalog/catalog.js';
import { sinkTable } from '../../src/engine/tables/sinks.js';

describe('sink table', () => {
  it('gives every row a catalog rule, a place to look, a unique id and safe advice', () => {
    for (const row of sinkTable) {
      expect(isRuleId(row.rule), row.id).toBe(true);
      const looksSomewhere =
        row.url !== undefined ||
        row.assignment !== undefined ||
        (row.queryOptions?.length ?? 0) > 0 ||
        (row.queryArgs?.length ?? 0) > 0 ||
        row.tokenOption !== undefined ||
        row.check !== undefined;
      expect(looksSomewhere, row.id).toBe(true);
      expect(row.safeAlternative.length, row.id).toBeGreaterThan(10);
      expect(row.paths.length, row.id).toBeGreaterThan(0);
    }
    expect(new Set(sinkTable.map((row) => row.id)).size).toBe(sinkTable.length);
  });
});
