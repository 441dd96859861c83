import { describe, expect, it } from 'vitest';
import {
  classifySecretValue,
  findProviderTokens,
  isPlaceholderValue,
  looksHighEntropy,
  matchProviderToken,
  providerTokenPrefixes,
  providerTokenShapes,
  shannonEntropy,
} from '../../src/secrets/shapes.js';
import { Random } from '../logs/corpus/random.js';
import { samplePattern } from '../logs/corpus/sample-pattern.js';
import { makeJwt } from '../support/make-jwt.js';

// Fake values shaped like each provider's format (never real credentials).
const fakeTokens = {
  'github-pat': `ghp_${'A1b2C3d4E5'.repeat(3)}f6G7h8`,
  'slack-token': 'xoxb-1234567890-abcdefghijkl',
  'stripe-secret-key': `sk_live_${'4eC39HqLyjWDarjtT1zdp7dc'}`,
  'google-api-key': `AIza${'SyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6q'}`,
  'aws-access-key-id': 'AKIAIOSFODNN7EXAMPLE',
  'npm-token': `npm_${'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8'}`,
} as const;

describe('provider token shapes', () => {
  it.each(Object.entries(fakeTokens))('finds a %s inside a line', (id, token) => {
    const found = findProviderTokens(`GET /hook?x=1&k=${token} HTTP/1.1`);
    expect(found.map((match) => [match.shape.id, match.value])).toEqual([[id, token]]);
  });

  it('finds a sample of every shape in the table, in a line and as a whole value (the literal gate hides none)', () => {
    const random = new Random(11);
    for (const shape of providerTokenShapes) {
      const sample = samplePattern(shape.pattern, random);
      const found = findProviderTokens(`GET /x?a=1 "${sample}" eyJ`).map((match) => [match.shape.id, match.value]);
      expect({ shape: shape.id, found, whole: matchProviderToken(sample)?.id }).toEqual({
        shape: shape.id,
        found: [[shape.id, sample]],
        whole: shape.id,
      });
    }
  });

  it("Xendit's and Midtrans' secret keys are found; their public and client keys are not", () => {
    const ids = (text: string) => findProviderTokens(text).map((match) => match.shape.id);
    expect(ids(`key=xnd_production_${'q9Vr2cW1sXo0pB8mZt3LkR7yHnQ4dE6f'}aa`)).toEqual(['xendit-secret-key']);
    expect(ids(`key=xnd_public_production_${'q9Vr2cW1sXo0pB8mZt3LkR7yHnQ4dE6f'}aa`)).toEqual([]);
    expect(ids(`"midtransServerKey": "Mid-server-${'LbLGu5XCsBDYOyZBjoNYRhkM'}"`)).toEqual(['midtrans-server-key']);
    expect(ids(`access_token: $aact_prod_${'000MzkwODA2MWY2OGM3MWRlMDU2NWM3MzJlNzZmNGZhZGY6Oj'}`)).toEqual(['asaas-api-key']);
    expect(ids(`"apiKey": "$aact_${'YTU5YTE0M2M2N2I4MTliNzk0YTI5N2U5MzdjNWZmNDQ6OjAw'}=="`)).toEqual(['asaas-api-key']);
    expect(ids(`const key = $aact_prod_short`)).toEqual([]);
    expect(ids(`Max retries exceeded with url: /services/T46726NHBLO/BB88KZT0CVY/${'FA3M9u82eAtsgs4xtpkAq9Vr'}`)).toEqual([
      'slack-webhook-path',
    ]);
    expect(ids(`POST https://hooks.slack.com/services/T46726NHBLO/BB88KZT0CVY/${'FA3M9u82eAtsgs4xtpkAq9Vr'}`)).toEqual(['slack-webhook']);
    expect(ids('GET /services/Transport/Booking/list')).toEqual([]);
    // An incident webhook of Spike and a ServerChan SendKey; an SCTP association and a word after SCT are none.
    expect(ids(`Lua says: alert sent to https://hooks.spike.sh/${'9f9f445a131d906ef9957c3f'}/push-events`)).toEqual(['spike-webhook']);
    expect(ids(`push failed https://sctapi.ftqq.com/SCT025562T${'Kku6CwIWBMuwBEVgepTPRaQT'}.send?title=x`)).toEqual(['serverchan-sendkey']);
    expect(ids('SCTP association 4 established with peer 10.0.0.2, SCT123T short')).toEqual([]);
    expect(ids(`"midtransClientKey": "Mid-client-${'LbLGu5XCsBDYOyZBjoNYRhkM'}"`)).toEqual([]);
  });

  it('does not match a token glued into a longer word', () => {
    expect(findProviderTokens(`xAKIAIOSFODNN7EXAMPLEy`)).toEqual([]);
  });
});

describe('value shapes', () => {
  it.each(['', 'null', 'REDACTED', '[FILTERED]', '***', 'xxxxxxxx', '<token>', '${TOKEN}', '{{token}}', 'your_token_here'])(
    '%j is a placeholder',
    (value) => expect(isPlaceholderValue(value)).toBe(true),
  );

  it('tells random tokens from words and ids', () => {
    expect(looksHighEntropy('q9Vr2cW1sXo0pB8mZt3LkR7yHnQ4dE6f')).toBe(true);
    expect(looksHighEntropy('general-chat-room-name-for-team')).toBe(false);
    expect(looksHighEntropy('12345')).toBe(false);
  });

  it('classifies whole values', () => {
    expect(classifySecretValue(makeJwt({ sub: 'x' }))).toBe('jwt');
    expect(classifySecretValue(fakeTokens['github-pat'])).toBe('provider-token');
    expect(classifySecretValue('q9Vr2cW1sXo0pB8mZt3LkR7yHnQ4dE6f')).toBe('high-entropy');
    expect(classifySecretValue('REDACTED')).toBeUndefined();
    expect(classifySecretValue('general')).toBeUndefined();
  });
});

describe('the OpenAI shape, tried at the first start of a run only', () => {
  /** The shape as published, searched at every start: the oracle. */
  const oracle = /(?<![A-Za-z0-9_])(?:sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,})(?![A-Za-z0-9_])/g;

  it('finds exactly what the published pattern finds', () => {
    const random = new Random(31);
    const pieces = ['sk-', 'sk-proj-', '-sk-', 'xsk-', 'T3BlbkFJ', 'a'.repeat(10), 'b'.repeat(21), '-', '_', ' ', '=', '.'];
    let found = 0;
    for (let sample = 0; sample < 6000; sample += 1) {
      const text = Array.from({ length: random.int(1, 16) }, () => random.pick(pieces)).join('');
      const expected = Array.from(text.matchAll(oracle), (match) => [match.index, match[0]]);
      found += expected.length;
      const actual = findProviderTokens(text)
        .filter((match) => match.shape.id === 'openai-api-key')
        .map((match) => [match.index, match.value]);
      expect({ text, actual }).toEqual({ text, actual: expected });
    }
    expect(found).toBeGreaterThan(50);
  });

  it('reads a run of sk- once, not once per sk- in it', () => {
    findProviderTokens('sk-'.repeat(10_000));
    const started = performance.now();
    findProviderTokens('sk-'.repeat(100_000));
    // Searched at every start, 300,000 bytes cost ~15,000,000,000 steps: tens of seconds.
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('placeholders: what people and frameworks write where a secret would go', () => {
  it.each([
    'undefined',
    'None',
    'nil',
    'false',
    'TRUE',
    'N/A',
    '---',
    '****',
    'XXXXXXXX',
    '...',
    '000000',
    '[REDACTED]',
    '[redacted]',
    '[FILTERED]',
    'FILTERED',
    'masked',
    'hidden',
    'removed',
    'secret',
    'token',
    'your_api_key',
    'your-api-key',
    'YOUR-TOKEN-HERE',
    'your-token',
    'YOUR_TOKEN',
    'yourtoken',
    '<your-token>',
    '<>',
    '{{ token }}',
    '{token}',
    '${API_KEY}',
    '%TOKEN%',
    ':token',
    '[token]',
    '  null  ',
    'redacted-by-proxy',
    'filtered (sensitive)',
    'masked:4242',
    '[REDACTED:3f2a9c01d4e5b6a7]',
    '[masked sha256=9f86d081]',
    '[removed]',
    'aaaaaaaaaaaa',
    '1111111111',
    'ACCESS_TOKEN',
    'APIKEY',
    'SLACK_BOT_TOKEN',
    'AWS_SECRET_KEY',
    // Ansible's marker for a no_log option's value.
    'VALUE_SPECIFIED_IN_NO_LOG_PARAMETER',
    'CHANGE_ME_PLEASE',
  ])('%j is a placeholder', (value) => expect(isPlaceholderValue(value)).toBe(true));

  it.each([
    'q9Vr2cW1sXo0pB8mZt3LkR7yHnQ4dE6f',
    'AKIA_EXAMPLE_Q9VR2CW1SXO0',
    'nullable9f8e7d6c5b4a',
    'tokenABC123def456',
    'secretive9f8e7d6c5b4a',
    'redactedness',
    'filteredwater',
    'masks',
    '<abc',
    '{token',
    '${API_KEY',
    '%TOKEN',
    ':',
    '[token',
    '[REDACTED',
    'ab',
    'aab',
    'x-1',
    '0x1f',
    'Q9VR2CW1SXO0PB8MZT3LKR7YHNQ4DE6F',
    'KZ3F_9QX2_LM8T_TOKENS',
    'access_token',
  ])('%j is not', (value) => expect(isPlaceholderValue(value)).toBe(false));
});

describe('entropy', () => {
  it('is the Shannon entropy in bits per character', () => {
    expect(shannonEntropy('')).toBe(0);
    expect(shannonEntropy('aaaa')).toBe(0);
    expect(shannonEntropy('ab')).toBe(1);
    expect(shannonEntropy('aabb')).toBe(1);
    expect(shannonEntropy('abcd')).toBe(2);
    expect(shannonEntropy('aaab')).toBeCloseTo(0.8113, 4);
    expect(shannonEntropy('0123456789abcdef')).toBe(4);
  });

  it('needs the length, token characters only, a digit, a letter and 3.5 bits per character (3.0 for hex)', () => {
    const random = 'q9Vr2cW1sXo0pB8mZt3L';
    expect(looksHighEntropy(random)).toBe(true);
    expect(looksHighEntropy(random.slice(0, 19))).toBe(false);
    expect(looksHighEntropy(random.slice(0, 19), 19)).toBe(true);
    expect(looksHighEntropy(random.slice(0, 12), 12)).toBe(true);
    expect(looksHighEntropy(`${random}+/_.~-`)).toBe(true);
    expect(looksHighEntropy(`${random}==`)).toBe(true);
    expect(looksHighEntropy(`${random}=x`)).toBe(false);
    expect(looksHighEntropy(`${random} x`)).toBe(false);
    expect(looksHighEntropy(`${random}!`)).toBe(false);
    expect(looksHighEntropy('qVrcWsXopBmZtLkRyHnQdEf')).toBe(false);
    expect(looksHighEntropy('92817364501928374650192')).toBe(false);
    expect(looksHighEntropy('a1b2a1b2a1b2a1b2a1b2a1b2')).toBe(false);
    // Four symbols four times and eight twice in 32: 4·(1/8)·3 + 8·(1/16)·4 = 3.5 bits exactly, which is enough.
    expect(shannonEntropy('wwwwxxxxyyyy11112233445566778899')).toBe(3.5);
    expect(looksHighEntropy('wwwwxxxxyyyy11112233445566778899')).toBe(true);
    expect(looksHighEntropy('wwwwxxxxyyyy11112233445566778888')).toBe(false);
    // Hex holds 4 bits a character at most: random runs of 20 and 32 (a GitHub OAuth code, a PHP session id) measure
    // 3.2 to 3.7, and pass at 3.0; a few repeated symbols do not.
    expect(shannonEntropy('95f4437d9eedaeb2f7ce')).toBeLessThan(3.5);
    expect(looksHighEntropy('95f4437d9eedaeb2f7ce')).toBe(true);
    expect(looksHighEntropy('5c5e70d5dac5521557755ea44c81957b')).toBe(true);
    expect(looksHighEntropy('5C5E70D5DAC5521557755EA44C81957B')).toBe(true);
    expect(looksHighEntropy('aaaa1111bbbb2222aaaa1111')).toBe(false);
  });
});

describe('provider token prefixes (what the log prefilter looks for)', () => {
  it('are the literal beginnings the providers publish, with the class that follows, sorted', () => {
    expect(providerTokenPrefixes()).toEqual([
      // Telegram's Bot API path without its host (behind a router or a webhook route).
      // Pipedream's endpoints, whose host is the secret.
      { literal: '.m.pipedream.', next: undefined },
      { literal: '/bot', next: '[0-9]' },
      { literal: '/bot/v2/hook/', next: undefined },
      { literal: '/services/T', next: '[A-Z0-9]' },
      // A Telegram bot's token by its form, after the bot's number.
      { literal: ':AA', next: undefined },
      { literal: 'ABIA', next: '[A-Z0-9]' },
      { literal: 'ACCA', next: '[A-Z0-9]' },
      { literal: 'AIza', next: '[A-Za-z0-9_-]' },
      { literal: 'AKIA', next: '[A-Z0-9]' },
      { literal: 'ASIA', next: '[A-Z0-9]' },
      { literal: 'ATATT3', next: '[A-Za-z0-9_=-]' },
      { literal: 'Mid-server-', next: '[A-Za-z0-9_-]' },
      // A private key printed on one line, by its marker's end.
      { literal: 'PRIVATE KEY-----', next: undefined },
      { literal: 'SB-Mid-server-', next: '[A-Za-z0-9_-]' },
      { literal: 'SCT', next: '[0-9]' },
      { literal: 'SG.', next: '[A-Za-z0-9_-]' },
      { literal: 'SK', next: '[0-9a-f]' },
      { literal: '_live_', next: undefined },
      { literal: 'aact_', next: undefined },
      { literal: 'aio_', next: '[A-Za-z0-9]' },
      { literal: 'api.day.app', next: undefined },
      { literal: 'api.render.com', next: undefined },
      { literal: 'api.telegram.org/bot', next: '[0-9]' },
      // Uptime Kuma's push monitors, by their route.
      { literal: 'api/push/', next: undefined },
      // Heartbeat monitors' ping URLs, by their hosts.
      { literal: 'betterstack', next: undefined },
      { literal: 'bitrix24', next: undefined },
      { literal: 'brewfather', next: undefined },
      { literal: 'checklyhq', next: undefined },
      // Package repositories' URLs with a token: Cloudsmith's entitlements and Gemfury's, by their hosts.
      { literal: 'cloudsmith.io', next: undefined },
      { literal: 'cronhub', next: undefined },
      { literal: 'cronitor.link', next: undefined },
      // Nextcloud's public share over WebDAV, by its route.
      { literal: 'dav/files', next: undefined },
      { literal: 'discord', next: undefined },
      // Yandex Disk's, MEGA's and Bitwarden's cloud share links, by their hosts.
      { literal: 'disk.yandex.', next: undefined },
      { literal: 'doo_v1_', next: '[a-f0-9]' },
      { literal: 'dooray', next: undefined },
      { literal: 'dop_v1_', next: '[a-f0-9]' },
      { literal: 'dor_v1_', next: '[a-f0-9]' },
      { literal: 'figd_', next: '[A-Za-z0-9_-]' },
      { literal: 'fury.io', next: undefined },
      { literal: 'fy.sh', next: undefined },
      { literal: 'gho_', next: '[A-Za-z0-9]' },
      { literal: 'ghp_', next: '[A-Za-z0-9]' },
      { literal: 'ghr_', next: '[A-Za-z0-9]' },
      { literal: 'ghs_', next: '[A-Za-z0-9]' },
      { literal: 'ghu_', next: '[A-Za-z0-9]' },
      { literal: 'github_pat_', next: '[A-Za-z0-9_]' },
      { literal: 'glpat-', next: '[A-Za-z0-9_-]' },
      { literal: 'gotify', next: undefined },
      { literal: 'gram://', next: undefined },
      { literal: 'hc-ping.com', next: undefined },
      { literal: 'heartbeat.uptimerobot', next: undefined },
      { literal: 'hf_', next: '[A-Za-z]' },
      // Make's webhooks, one host per region; their slashes may be JSON-escaped, as Teams' and Slack's.
      { literal: 'hook.eu1.make.com', next: undefined },
      { literal: 'hook.eu2.make.com', next: undefined },
      { literal: 'hook.integromat.com', next: undefined },
      { literal: 'hook.us1.make.com', next: undefined },
      { literal: 'hook.us2.make.com', next: undefined },
      // Zapier's hooks, by the literal they name (`prefilterLiteral`), whose needle `/hooks/` already has.
      { literal: 'hooks.', next: undefined },
      { literal: 'hooks.slack.com', next: undefined },
      { literal: 'hvb.', next: '[A-Za-z0-9_-]' },
      { literal: 'hvr.', next: '[A-Za-z0-9_-]' },
      { literal: 'hvs.', next: '[A-Za-z0-9_-]' },
      // Honeycomb's Ingest Keys (`hc?ik_`), by the part after the letter that varies.
      { literal: 'ik_', next: undefined },
      // Vercel's deploy hooks (`api.vercel.com/v1/integrations/deploy/…`) and PagerDuty's integration URLs, by a word of
      // their paths.
      { literal: 'integration', next: undefined },
      { literal: 'key-', next: '[0-9a-f]' },
      { literal: 'maker.ifttt.com', next: undefined },
      { literal: 'marinetraffic', next: undefined },
      { literal: 'mega.nz', next: undefined },
      { literal: 'nosnch.in', next: undefined },
      { literal: 'npm_', next: '[A-Za-z0-9]' },
      // Ory's tokens and keys: five kinds after one literal.
      { literal: 'ory_', next: undefined },
      // Teams' host before 2021: the literal stops before the optional `365`.
      { literal: 'outlook.office', next: undefined },
      { literal: 'pk.eyJ', next: '[A-Za-z0-9_-]' },
      { literal: 'pk_live_', next: '[A-Za-z0-9]' },
      { literal: 'pk_test_', next: '[A-Za-z0-9]' },
      // 3CX's provisioning links, SecuriteInfo's signature URLs and Vimeo's unlisted links, by a word of their paths or hosts.
      { literal: 'provisioning/', next: undefined },
      { literal: 'pub', next: '[0-9a-f]' },
      { literal: 'pushcut', next: undefined },
      { literal: 'rk_live_', next: '[A-Za-z0-9]' },
      { literal: 'rk_test_', next: '[A-Za-z0-9]' },
      { literal: 'sb_publishable_', next: '[A-Za-z0-9_-]' },
      { literal: 'sb_secret_', next: '[A-Za-z0-9_-]' },
      // Google Apps Script's web apps, found by their host (the slashes may be JSON-escaped).
      { literal: 'script.google.com', next: undefined },
      { literal: 'securiteinfo', next: undefined },
      { literal: 'send.bitwarden.com', next: undefined },
      { literal: 'shpat_', next: '[a-fA-F0-9]' },
      { literal: 'shpca_', next: '[a-fA-F0-9]' },
      { literal: 'shppa_', next: '[a-fA-F0-9]' },
      { literal: 'shpss_', next: '[a-fA-F0-9]' },
      // OpenAI: an optional `proj-` / `svcacct-` / `admin-` follows, so no class is certain.
      { literal: 'sk-', next: undefined },
      // Anthropic: two digits follow (`\d{2}`), not a bracketed class.
      { literal: 'sk-ant-admin', next: undefined },
      { literal: 'sk-ant-api', next: undefined },
      { literal: 'sk.eyJ', next: '[A-Za-z0-9_-]' },
      { literal: 'sk_live_', next: '[A-Za-z0-9]' },
      { literal: 'sk_test_', next: '[A-Za-z0-9]' },
      { literal: 'vimeo.com', next: undefined },
      // Teams: its slashes may be JSON-escaped (`\/`), so the literal stops at the host.
      { literal: 'webhook.office.com', next: undefined },
      { literal: 'webhook.site/', next: '[0-9a-f]' },
      { literal: 'webhooks/incoming/', next: undefined },
      { literal: 'whsec_', next: '[A-Za-z0-9+/=]' },
      { literal: 'xnd_development_', next: '[A-Za-z0-9]' },
      { literal: 'xnd_production_', next: '[A-Za-z0-9]' },
      { literal: 'xoxa-', next: '[A-Za-z0-9-]' },
      { literal: 'xoxb-', next: '[A-Za-z0-9-]' },
      { literal: 'xoxo-', next: '[A-Za-z0-9-]' },
      { literal: 'xoxp-', next: '[A-Za-z0-9-]' },
      { literal: 'xoxr-', next: '[A-Za-z0-9-]' },
      { literal: 'xoxs-', next: '[A-Za-z0-9-]' },
      { literal: 'ya29.', next: '[A-Za-z0-9_-]' },
    ]);
  });
});

describe('provider tokens: order and whole values', () => {
  const github = `ghp_${'A1b2C3d4E5'.repeat(3)}f6G7h8`;
  const npm = `npm_${'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8'}`;

  it('lists the tokens of a line in the order they appear, whatever the order of the table', () => {
    const found = findProviderTokens(`curl -H "Authorization: Bearer ${npm}" "https://api.github.com/user?access_token=${github}"`);
    expect(found.map((match) => match.shape.id)).toEqual(['npm-token', 'github-pat']);
    expect(found[0]?.index).toBeLessThan(found[1]?.index ?? 0);
  });

  it('matches a whole value only when the token is all of it', () => {
    expect(matchProviderToken(github)?.id).toBe('github-pat');
    expect(matchProviderToken(`${github}.v2`)).toBeUndefined();
    expect(matchProviderToken('ghp_tooShort')).toBeUndefined();
  });

  it('takes a marker with a hash after it for the placeholder it is, however random the hash', () => {
    const marker = 'REDACTED-9f8e7d6c5b4a39281706f5e4';
    expect(looksHighEntropy(marker)).toBe(true);
    expect(classifySecretValue(marker)).toBeUndefined();
  });

  it('wants a letter among the digits and symbols', () => {
    expect(looksHighEntropy('0123456789+/_.~-98765')).toBe(false);
    expect(looksHighEntropy('0123456789+/_.~-9876a')).toBe(true);
  });
});

describe('sources', () => {
  it('every token shape names the vendor documentation it was written from', () => {
    for (const shape of providerTokenShapes) expect(shape.source, shape.id).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}\//);
  });
});
