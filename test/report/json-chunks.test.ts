import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { formatJson } from '../../src/report/json.js';
import { jsonChunks } from '../../src/report/json-chunks.js';
import { checkUploadSizeOfChunks } from '../../src/report/sarif/limits.js';
import { findingFingerprint } from '../../src/findings/fingerprint.js';
import { sampleResult } from '../support/sample-findings.js';

const tricky = {
  empty: { array: [], object: {} },
  absent: { undefinedValue: undefined, fn: () => 1, kept: null },
  arrayHoles: [undefined, () => 1, Symbol('s'), 0, ''],
  dated: new Date(Date.UTC(2026, 11, 4)),
  custom: { toJSON: (key: string) => ({ key, converted: true }) },
  text: 'line\nbreak "quoted" \u2028 \u001b[2J tab\t',
  nested: [[{ a: [1, [2, { b: {} }]] }], { c: [[]] }],
  numbers: [1.5, -0, Number.NaN, 1e21],
};

describe('jsonChunks', () => {
  it.each([0, 1, 2, 3, 4, 8])('writes exactly JSON.stringify(value, null, 2) with %i open levels', (levels) => {
    expect([...jsonChunks(tricky, levels)].join('')).toBe(JSON.stringify(tricky, null, 2));
    expect([...jsonChunks([], levels)].join('')).toBe('[]');
    expect([...jsonChunks('text', levels)].join('')).toBe('"text"');
  });

  it('gives one chunk per member of the open levels', () => {
    expect([...jsonChunks({ list: [1, 2, 3] }, 2)]).toEqual([
      '{\n  "list": ',
      '[\n    ',
      '1',
      ',\n    ',
      '2',
      ',\n    ',
      '3',
      '\n  ]',
      '\n}',
    ]);
  });
});

describe('the JSON formatter', () => {
  it('writes the same bytes as JSON.stringify of the whole document', () => {
    const result = sampleResult();
    const count = (level: string) => result.findings.filter((finding) => finding.level === level).length;
    const document = {
      findings: result.findings.map((finding) => ({ ...finding, fingerprint: findingFingerprint(finding) })),
      errors: result.errors,
      notices: result.notices,
      summary: {
        filesScanned: result.filesScanned,
        findings: result.findings.length,
        errors: count('error'),
        warnings: count('warning'),
        notes: count('note'),
        inputErrors: result.errors.length,
        notices: result.notices.length,
      },
    };
    expect([...formatJson({ result, areas: ['code', 'logs'], cwd: '/project', color: false })].join('')).toBe(
      `${JSON.stringify(document, null, 2)}\n`,
    );
  });
});

describe('checkUploadSizeOfChunks', () => {
  /** Pseudo-random hex from a fixed seed: compresses about 2:1, like fingerprints and hashes. */
  function hexText(characters: number): string {
    let state = 7;
    let text = '';
    while (text.length < characters) {
      state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
      text += state.toString(16);
    }
    return text.slice(0, characters);
  }

  it('passes the chunks through and measures the gzipped size within 1% of gzip itself', () => {
    const text = hexText(3 * 1024 * 1024 + 77);
    const chunks = text.match(/[\s\S]{1,5000}/g) ?? [];
    const exact = gzipSync(text).length;
    const warnings: string[] = [];
    const under = [...checkUploadSizeOfChunks(chunks, (message) => warnings.push(message), Math.ceil(exact * 1.01))];
    expect(under.join('')).toBe(text);
    expect(warnings).toEqual([]);
    const over = [...checkUploadSizeOfChunks(chunks, (message) => warnings.push(message), Math.floor(exact * 0.99))];
    expect(over.join('')).toBe(text);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/gzipped, over GitHub's upload limit/);
  });
});
