import type { Random } from './random.js';

/**
 * Provider tokens as the vendors document them, written from their documentation and not from urlleak's own
 * patterns (src/secrets/shapes.ts): a pattern there that disagrees with a vendor's format misses the samples here.
 * `public`: the vendor publishes it to browsers by design, or it is the public half of a key pair (an AWS access key ID,
 * which CloudTrail logs in every event); planted as a look-alike that must not be reported.
 */
export interface VendorTokenFormat {
  readonly vendor: string;
  readonly source: string;
  readonly public?: boolean;
  /** Never a whole URL: a Slack webhook is written without its scheme, as a Referer would be after `https://`. */
  readonly sample: (random: Random) => string;
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const BASE64URL = `${ALNUM}_-`;
const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

const base64urlJson = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

export const vendorTokenFormats: readonly VendorTokenFormat[] = [
  {
    vendor: 'GitHub personal access token (classic), OAuth, user-to-server, server-to-server, refresh',
    source: 'https://github.blog/engineering/platform-security/behind-githubs-new-authentication-token-formats/',
    sample: (random) => `${random.pick(['ghp', 'gho', 'ghu', 'ghs', 'ghr'])}_${random.string(ALNUM, 36)}`,
  },
  {
    vendor: 'GitHub fine-grained personal access token',
    source: 'https://github.blog/security/application-security/introducing-fine-grained-personal-access-tokens-for-github/',
    sample: (random) => `github_pat_${random.string(ALNUM, 22)}_${random.string(ALNUM, 59)}`,
  },
  {
    vendor: 'GitLab personal access token',
    source: 'https://docs.gitlab.com/security/tokens/#token-prefixes',
    sample: (random) => `glpat-${random.string(BASE64URL, 20)}`,
  },
  {
    vendor: 'Slack bot and user tokens',
    source: 'https://api.slack.com/authentication/token-types',
    sample: (random) =>
      `${random.pick(['xoxb', 'xoxp'])}-${random.string('0123456789', 12)}-${random.string('0123456789', 13)}-${random.string(ALNUM, 24)}`,
  },
  {
    vendor: 'Slack incoming webhook',
    source: 'https://api.slack.com/messaging/webhooks',
    sample: (random) =>
      `hooks.slack.com/services/T${random.string(UPPER_ALNUM, 8)}/B${random.string(UPPER_ALNUM, 8)}/${random.string(ALNUM, 24)}`,
  },
  {
    vendor: 'Stripe secret and restricted keys',
    source: 'https://docs.stripe.com/keys',
    sample: (random) => `${random.pick(['sk', 'rk'])}_${random.pick(['live', 'test'])}_${random.string(ALNUM, 24)}`,
  },
  {
    vendor: 'Stripe publishable key',
    source: 'https://docs.stripe.com/keys',
    public: true,
    sample: (random) => `pk_${random.pick(['live', 'test'])}_${random.string(ALNUM, 24)}`,
  },
  {
    vendor: 'Google OAuth 2.0 access token',
    source: 'https://developers.google.com/identity/protocols/oauth2',
    sample: (random) => `ya29.${random.string(BASE64URL, 120)}`,
  },
  {
    vendor: 'Google API key (sent as ?key=, restricted by referrer or API)',
    source: 'https://cloud.google.com/docs/authentication/api-keys',
    sample: (random) => `AIza${random.string(BASE64URL, 35)}`,
  },
  {
    vendor: 'AWS access key id (long-term AKIA, temporary ASIA)',
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids',
    public: true,
    sample: (random) => `${random.pick(['AKIA', 'ASIA'])}${random.string(BASE32, 16)}`,
  },
  {
    vendor: 'npm access token',
    source: 'https://github.blog/changelog/2021-09-23-npm-has-a-new-access-token-format/',
    sample: (random) => `npm_${random.string(ALNUM, 36)}`,
  },
  {
    vendor: 'Anthropic API key',
    source: 'https://docs.anthropic.com/en/api/overview#authentication',
    sample: (random) => `sk-ant-api03-${random.string(BASE64URL, 93)}AA`,
  },
  {
    vendor: 'Twilio API key SID',
    source: 'https://www.twilio.com/docs/iam/api-keys',
    sample: (random) => `SK${random.hex(32)}`,
  },
  {
    vendor: 'SendGrid API key',
    source: 'https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys',
    sample: (random) => `SG.${random.string(BASE64URL, 22)}.${random.string(BASE64URL, 43)}`,
  },
  {
    vendor: 'Shopify Admin API access token',
    source: 'https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin',
    sample: (random) => `shpat_${random.hex(32)}`,
  },
  {
    vendor: 'DigitalOcean personal access token',
    source: 'https://docs.digitalocean.com/reference/api/create-personal-access-token/',
    sample: (random) => `dop_v1_${random.hex(64)}`,
  },
  {
    vendor: 'Hugging Face user access token',
    source: 'https://huggingface.co/docs/hub/security-tokens',
    sample: (random) => `hf_${random.string(LETTERS, 34)}`,
  },
  {
    vendor: 'Mapbox public token (pk.)',
    source: 'https://docs.mapbox.com/help/dive-deeper/access-tokens/',
    public: true,
    sample: (random) => `pk.${base64urlJson({ u: `user${random.hex(4)}`, a: random.string(ALNUM, 25) })}.${random.string(BASE64URL, 22)}`,
  },
  {
    vendor: 'Mapbox secret token (sk.)',
    source: 'https://docs.mapbox.com/help/dive-deeper/access-tokens/',
    sample: (random) => `sk.${base64urlJson({ u: `user${random.hex(4)}`, a: random.string(ALNUM, 25) })}.${random.string(BASE64URL, 22)}`,
  },
  {
    vendor: 'Supabase publishable key',
    source: 'https://supabase.com/docs/guides/api/api-keys',
    public: true,
    sample: (random) => `sb_publishable_${random.string(BASE64URL, 31)}`,
  },
  {
    vendor: 'Supabase secret key',
    source: 'https://supabase.com/docs/guides/api/api-keys',
    sample: (random) => `sb_secret_${random.string(BASE64URL, 31)}`,
  },
];
