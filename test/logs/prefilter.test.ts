import { describe, expect, it } from 'vitest';
import { createPrefilter, findCandidateLines, prefilterSources } from '../../src/logs/detect/prefilter.js';
import { classifyParamName, createParamNameClassifier, secretParamNameEndings } from '../../src/secrets/param-names.js';
import { providerTokenShapes } from '../../src/secrets/shapes.js';
import { samplePattern } from './corpus/sample-pattern.js';
import { Random } from './corpus/random.js';

const prefilter = createPrefilter();
const SECRET_LIKE = 'q9Vr2cW1sXo0pB8mZt3L';
const hits = (line: string) =>
  findCandidateLines(Buffer.from(`noise line\n${line}\nmore noise\n`, 'latin1'), prefilter).lines.map((candidate) => candidate.start);

describe('prefilter', () => {
  it('leaves room in the byte search (32 first bytes at most) and keeps common letters out of one-byte needles', () => {
    const needles = prefilter.needlesByFirstByte.flatMap((group, first) =>
      (group ?? []).map((needle) => ({ first, second: needle.second })),
    );
    const firstBytes = new Set(needles.map((needle) => needle.first));
    // 28 of 32 since a fourth group of tables (`h` is Portuguese `senha`'s, `W` Okta's `SSWS`, `R` a base64 URL's `aHR0c`,
    // `c` a calendar feed's `.ics`), 31 with `/` (find-path-tokens.ts) and `:` (printed keys, whose `: ` also finds the
    // `#Fields: ` that `#` did), 32 with `(` (a tuple's start, `("` and `('`: find-quoted-pairs.ts `TUPLE_STARTS`). A spare
    // slot splits first bytes whose second bytes admit others, so fewer hits come back to be confirmed: `(` cost 7% more
    // hits on a public Apache log (99,579 to 106,647) and no change the sparse benchmark could tell (0.33× rg), for ten
    // labeled lines more. The search takes no more.
    expect(firstBytes.size).toBeLessThanOrEqual(32);
    const oneByte = needles.filter((needle) => needle.second === undefined).map((needle) => String.fromCharCode(needle.first));
    // `/` starts a path's last segment, confirmed by the segment's bytes (find-path-tokens.ts). `y` (rarer than `_` in
    // the benchmark's logs) ends `key"`, `Key:` and seven more of its pairs, and the Welsh `cyfrinair` and `tocyn_` add
    // two: alone it costs fewer hits than its pairs, whose nibbles the kernel admits in every pairing (2,257,512 hits on
    // the sparse benchmark log against 2,389,578 with `cyfrinair` kept off `y`).
    expect(oneByte.sort()).toEqual(['/', '=', '@', '_', 'y']);
  });

  it('passes lines with credentials announced by the words around them, and a URL encoded twice', () => {
    for (const line of [
      `Authorization: Bearer ${SECRET_LIKE}`,
      `{"x-api-key":"${SECRET_LIKE}"}`,
      `GET /accounts/reset/MTIz/${SECRET_LIKE}/ HTTP/1.1`,
      'GET /(S(lit3py55t21z5v55vlm25s55))/orders.aspx HTTP/1.1',
      `GET /r?next=%2Fws%253Ftoken%253D${SECRET_LIKE} HTTP/1.1`,
      `GET /r?next=%252Fws%25253Ftoken%25253D${SECRET_LIKE} HTTP/1.1`,
    ])
      expect(hits(line), line).toHaveLength(1);
  });

  it('passes every literal of its vocabulary, wherever its needle sits in it (so each literal is checked from its needle)', () => {
    const random = new Random(5);
    const literals = prefilterSources().literals.split(/(?<!\\)\|/);
    expect(literals.length).toBeGreaterThan(100);
    for (const source of literals) {
      // After a space and before generated text: nothing else of the line is a candidate (`noise line` is none).
      const sample = samplePattern(source, random);
      expect({ sample, hits: hits(`at ${sample}Q9vR2cW1sXo0pB8mZt3LkP7d`) }).toEqual({ sample, hits: [11] });
    }
  });

  it('passes a sample of every provider token shape in the shared table (so new shapes are covered)', () => {
    const random = new Random(3);
    for (const shape of providerTokenShapes) {
      const sample = samplePattern(shape.pattern, random);
      expect({ shape: shape.id, hits: hits(`Authorization: token ${sample}`) }).toEqual({ shape: shape.id, hits: [11] });
    }
  });

  it('passes every secret parameter name the shared table accepts, in the casings and separators logs use', () => {
    for (const name of secretParamNameEndings()) {
      const writings = [name, name.toUpperCase(), `x_${name}`, `${name[0]?.toUpperCase()}${name.slice(1)}`];
      for (const written of writings.filter((writing) => classifyParamName(writing) !== undefined)) {
        expect({ written, hits: hits(`GET /ws?${written}=${SECRET_LIKE} HTTP/1.1`) }).toEqual({ written, hits: [11] });
        expect({ written, hits: hits(`cb%3F${written}%3Dv`) }).toEqual({ written, hits: [11] });
      }
    }
    expect(hits(`GET /ws?session_id=${SECRET_LIKE} HTTP/1.1`)).toEqual([11]);
    expect(hits('GET /api?auth[token]=v HTTP/1.1')).toEqual([11]);
    expect(hits('GET /api?user%5Bapi_key%5D=v HTTP/1.1')).toEqual([11]);
    expect(hits('"url":"/x?a=1\\u0026access_token=v"')).toEqual([11]);
  });

  it('reads names as the parameter table does: separators anywhere, brackets raw or encoded', () => {
    for (const written of ['token_', 'pass__word', 'x[password_]', 'access.token', 'user%5Bapi_key%5d']) {
      expect({ written, hits: hits(`GET /ws?${written}=${SECRET_LIKE} HTTP/1.1`) }).toEqual({ written, hits: [11] });
    }
  });

  it('passes configured names too, whatever they are written with, and ignores one of only separators', () => {
    const names = ['user[secret_code]', 'Sid2', ' - '];
    const configured = createPrefilter(createParamNameClassifier(names), names);
    const configuredHits = (line: string) =>
      findCandidateLines(Buffer.from(`noise\n${line}\n`, 'latin1'), configured).lines.map((candidate) => candidate.start);
    for (const written of ['user[secret_code]', 'user%5Bsecret_code%5D', 'SID2', 'access_token']) {
      expect({ written, hits: configuredHits(`GET /a?x=1&${written}=${SECRET_LIKE}`) }).toEqual({ written, hits: [6] });
    }
  });

  it('lets ordinary lines through untouched', () => {
    expect(hits('GET /api/items?page=2&sort=asc HTTP/1.1 "Mozilla/5.0"')).toEqual([]);
  });

  it('drops lines whose plain query parameters the table rejects, but not names it cannot read exactly', () => {
    expect(hits('GET /api?csrf_token=92f06ade5d94caf93caf1bed25e03657&pageToken=m9Igcu_NLxX HTTP/1.1')).toEqual([]);
    expect(hits('GET /api?csrf_token=92f06ade5d94&token=m9Igcu_NLxX HTTP/1.1')).toEqual([11]);
    expect(hits('<a href="/ws?a=1&amp;csrf_token=v">')).toEqual([11]);
    expect(hits('"url":"/x?a=1\\u0026csrf_token=v"')).toEqual([11]);
  });

  it('drops plain values detection rejects (empty, short, placeholders), but not escaped ones or cut-off ones', () => {
    for (const value of ['', 'null', 'true', 'REDACTED', '***', 'abc', 'https://example.com/']) {
      expect({ value, hits: hits(`GET /ws?token=${value}&x=1 HTTP/1.1`) }).toEqual({ value, hits: [] });
    }
    expect(hits(`GET /ws?password=h2 HTTP/1.1`)).toEqual([11]);
    expect(hits(`GET /ws?token=${SECRET_LIKE} HTTP/1.1`)).toEqual([11]);
    expect(hits('GET /ws?token=%5Bredacted%5D HTTP/1.1')).toEqual([11]);
    expect(hits('"url":"/ws?token=a\\/b"')).toEqual([11]);
    expect(findCandidateLines(Buffer.from('GET /ws?token=abc'), prefilter).lines.map((line) => line.start)).toEqual([0]);
  });

  it('passes random hex under a name no table knows in a cookie, where detection reads it, and not in a query', () => {
    expect(hits('cookie: sesiia=5d0118db3da6ef35d10470bb42d8c458f22be20f; path=/')).toEqual([11]);
    expect(hits('GET /x?kliuch=0d9348b839bfa1ae0661c854f74de81c HTTP/1.1')).toEqual([]);
  });
});
