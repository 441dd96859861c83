import { describe, expect, it } from 'vitest';
import { accessLine as access, columnOf, findingsOfLine as findings, foundInLine as found } from '../support/scan-line.js';
import { looksGeneratedSegment } from '../../src/secrets/shapes.js';

/**
 * A URL path that ends in a token a server generated, under a route word no table knows (find-path-tokens.ts),
 * through the whole log scanner (prefilter included). The tokens are the shapes of the links the labeled corpus missed
 * before (reset, magic, download and verification links of apps written in Vietnamese, Polish and Swedish).
 */
const TOKEN = 'm32P8rIWJAOJf14XxMTr-Kvkwer5-yhs';

describe('a link whose path ends in a generated token, under any route word', () => {
  it('in a request line, a full URL in a JSON field, and a path a message quotes', async () => {
    for (const line of [
      access(`/xac-minh-email/${TOKEN}`),
      `{"args":{"lien_ket":"https://senvang.example/xac-minh-email/${TOKEN}"},"worker":"SenVang.Workers.GuiEmail"}`,
      `Ocelot.DownstreamRouteFinderMiddleware: Upstream url path is /konto/aterstall-losenord/${TOKEN}`,
      `GET /odbior/${TOKEN} text/html:`,
      `Failed to process message send('k@mail.example', 'https://senvang.example/dat-lai-mat-khau/${TOKEN}') with exception.`,
    ])
      expect(await found(line), line).toEqual([{ rule: 'log-url-token', level: 'error', column: columnOf(line, TOKEN) }]);
    // Tokens of 30 characters, as a receipt link and an invitation link carry them (logs heldout47, heldout48).
    for (const line of [
      '2027-10-06 09:05:58 : Irisithi ithunyelwe to s***@example.net: https://ivenkile.example/irisithi/EB5j3BytPAA8jeGoXwhrxfF8n6hzYl',
      'INFO Meeting metadata: data={"invitation":"https://school.example/dawat/zaAerZylyxQdSjoBZLKqSyjC2QhM2v"}',
    ])
      expect(await found(line), line).toEqual([{ rule: 'log-url-token', level: 'error', column: line.lastIndexOf('/') + 2 }]);
    // A typed value under a singular word: an RTMP stream key (a typed id after a REST collection is an object's: hidden-places).
    const streamKey = 'live_YhwtGKNxIq1EVNIm2Xy2UrMuAhzHfK';
    const rtmp = `[rtmp stream: 'adv_stream'] Connecting to RTMP URL rtmp://ingest.example/live/${streamKey}...`;
    expect(await found(rtmp)).toEqual([{ rule: 'log-url-token', level: 'error', column: columnOf(rtmp, streamKey) }]);
    const onePair = 'J2OlLWj7vwtRm-y4x2ZaSq6zhfycr_2L_qQtkxEs';
    const line = access(`/kratisi/akyrosi/${onePair}`);
    expect(await found(line)).toEqual([{ rule: 'log-url-token', level: 'error', column: columnOf(line, onePair) }]);
  });

  it('is named by the route word before it as written, or `path` when that is no word', async () => {
    const [named] = await findings(access(`/xac-minh-email/${TOKEN}`));
    expect(named?.message).toContain('/xac-minh-email/');
    const [unnamed] = await findings(`GET https://files.example/${TOKEN}?dl=1 200`);
    expect(unnamed?.message).toContain('"path"');
    expect(unnamed?.message).not.toContain(TOKEN);
    // A segment of random letters before the token is an id, never shown.
    const [afterId] = await findings(access(`/files/qWErTYuiOPasDFgh/${TOKEN}`));
    expect(afterId?.message).toContain('"path"');
    expect(afterId?.message).not.toContain('qWErTYuiOPasDFgh');
  });

  it('leaves ids, hashes, slugs, titles and signed or public paths alone', async () => {
    for (const target of [
      // A content hash (one case), an asset with its extension, a slug of words and a short number.
      '/avatar/8ecc312346016ac5a3ba292d06737a1905ee71ea',
      '/assets/index-BXk2a9LmQe7RtY3pZw8vNc4Kd1Hs6JuF.js',
      '/threads/36955-Newb-s-Guide-to-Multiboxing-Start-here-if-you-are-brand-new-to-Multiboxing',
      // A title in camel case with an acronym and numbers.
      '/docs/GettingStartedWithTheNewAPIv2Release2026Edition',
      // An ACME challenge (public by design) and an OCSP request (base64 DER).
      '/.well-known/acme-challenge/wxlFnxMbQfl62ornk_68KO0d7u6iQqfBXNAahqp0MsT',
      'http://ocsp.digicert.com/MFEwTzBNMEswSTAJBgUrDgMCGgUABBT6Ua9C1LHLXSY5Tjovo90',
      // imgproxy's signature before its options: not the path's last segment, and a generated segment before it.
      '/hlg-90aRSCZV3AGYUeIsOxSxoFOxoSAlXDvsKsewOH-/rs:fill:300:400/plain/s3%3A%2F%2Fbucket%2Fcat.jpg',
      `/vorschau/${TOKEN.slice(0, 23)}`,
      // An entity of an observability product, named by its kind (New Relic's links to an entity's page).
      '/redirect/entity/y4Xlk6D2KN6ZeupHsSiraegN',
    ])
      expect(await found(access(target)), target).toEqual([]);
  });

  it('is no path inside a base64 blob, whose slashes split random parts', async () => {
    const blob = `"encryptedData":{"token":"AgBy3i4OJSWK+PiTySYZZA9rO43cGDEq/${'cEFiCH81UfEUae02xrngIO5FdfXPuELws'}/${TOKEN}"}`;
    expect(await found(blob)).toEqual([]);
  });
});

describe('looksGeneratedSegment (the shared shape)', () => {
  it('takes random base64url of 24 characters or more, mostly outside slug words', () => {
    expect(looksGeneratedSegment(TOKEN)).toBe(true);
    // Rails' has_secure_token writes 24 characters.
    expect(looksGeneratedSegment('pX3nQ7rLk2WCV9bTzH4mJ8sD')).toBe(true);
    expect(looksGeneratedSegment('bmj8nzSRNnzjOVjlL_NocnnKiA8y-KizDOl3I94GqgC')).toBe(true);
    expect(looksGeneratedSegment('CFhcHNmLUwGBuFQ7UjjrvyLmULLlKDuj')).toBe(true);
    // Capitals side by side once only, as in 1 of 25 random tokens (logs heldout28's `/kratisi/akyrosi/<token>`).
    expect(looksGeneratedSegment('J2OlLWj7vwtRm-y4x2ZaSq6zhfycr_2L_qQtkxEs')).toBe(true);
  });

  it('refuses hex, one case, no digit, no adjacent capitals, a slug around a short token, and 23 characters', () => {
    expect(looksGeneratedSegment('8ecc312346016ac5a3ba292d06737a1905ee71ea')).toBe(false);
    expect(looksGeneratedSegment('Notion-API-Guide-3a9a547ebcca478bb2298e3bdd45639c')).toBe(false);
    expect(looksGeneratedSegment('cfhchnmluwgbufq7ujjrvylmulllkduj')).toBe(false);
    expect(looksGeneratedSegment('CFhcHNmLUwGBuFQxUjjrvyLmULLlKDuj')).toBe(false);
    expect(looksGeneratedSegment('Cfhc5Hnm7Luwgbu4Fq7Ujjrvy3Lmulll')).toBe(false);
    expect(looksGeneratedSegment('my-weekend-in-Lisbon-a7K2pQ-and-more-photos')).toBe(false);
    expect(looksGeneratedSegment(TOKEN.slice(0, 23))).toBe(false);
  });
});

describe('a generated token with more path after it', () => {
  it('under a route word, before the file it gives or a closing slash', async () => {
    for (const path of [`/proshivka/${TOKEN}/kompressor-1.bin`, `/scarica/link/${TOKEN}/estratto-conto.pdf`, `/rasid/${TOKEN}/`]) {
      const line = access(path);
      expect(await found(line), path).toEqual([{ rule: 'log-url-token', level: 'error', column: columnOf(line, TOKEN) }]);
    }
  });

  it('under a route word, before what the link does (`/invitation/<token>/accept`)', async () => {
    for (const path of [`/stedina/${TOKEN}/accetta`, `/receipt/${TOKEN}/view`, `/firma/sign/${TOKEN}/print?copies=1`]) {
      const line = access(path);
      expect(await found(line), path).toEqual([{ rule: 'log-url-token', level: 'error', column: columnOf(line, TOKEN) }]);
    }
  });

  it("not as a path's first segment, before an editor's page or a collection's action, as a typed object id, or among other generated segments", async () => {
    for (const path of [
      `/${TOKEN}/rs:fill:640/plain/a.jpg`,
      `/home/projects/${TOKEN}/edit`,
      `/board/${TOKEN}/settings`,
      `/receipts/${TOKEN}/view`,
      `/file/d/${TOKEN}/view`,
      `/v1/integrations/deploy/prj_${TOKEN.replace(/[-_]/g, '')}/`,
      `/files/${TOKEN}/${TOKEN}/`,
    ])
      expect(await found(access(path)), path).toEqual([]);
  });
});
