import { decodeBase64 } from './base64.js';
import { compareText } from '../compare-text.js';
import { JWT_PATTERN_SOURCE, isJwt } from './jwt.js';

/** A token format whose shape alone identifies a provider's credential. */
export interface ProviderTokenShape {
  readonly id: string;
  readonly provider: string;
  /** Where the provider documents the format (prefix, alphabet, length). */
  readonly source: string;
  /** Regex source without anchors or flags; matched with word boundaries around it. */
  readonly pattern: string;
  /** Public by design (Stripe's `pk_`, Mapbox's `pk.`): never a finding (credential-risk.ts). */
  readonly publishable?: boolean;
  /**
   * A key made to be sent from browsers in the URL and restricted by the vendor (Google's `?key=`, which Firebase and
   * Maps pages embed): a note (https://cloud.google.com/docs/authentication/api-keys#securing).
   */
  readonly browserKey?: boolean;
  /**
   * The public half of a key pair, which names the key but signs nothing (AWS's access key ID): no finding alone, as
   * GitHub secret scanning reports an AWS key only as the pair. The secret half is found by its name.
   */
  readonly keyId?: boolean;
  /**
   * Set when the pattern, from its literal beginning, reads only token characters (`[A-Za-z0-9_-]`) and a match always
   * runs to the end of their run, as `[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}` does: then a start that fails makes
   * every later start in the same run fail too, and the search tries only the first (see `providerRegexes`).
   */
  readonly matchesWholeRun?: boolean;
  /**
   * What the log prefilter finds the shape by, when not its literal beginning: a literal every match holds whose
   * needle the search already has, where the beginning would need a pair of its own.
   */
  readonly prefilterLiteral?: string;
}

/** Provider token formats, as published by the providers (prefixes and lengths). One line per format. */
export const providerTokenShapes: readonly ProviderTokenShape[] = [
  {
    id: 'github-pat',
    provider: 'GitHub',
    pattern: 'gh[pousr]_[A-Za-z0-9]{36,255}',
    source: 'https://github.blog/engineering/platform-security/behind-githubs-new-authentication-token-formats/',
  },
  {
    id: 'github-fine-grained-pat',
    provider: 'GitHub',
    pattern: 'github_pat_[A-Za-z0-9_]{82}',
    source: 'https://github.blog/security/application-security/introducing-fine-grained-personal-access-tokens-for-github/',
  },
  {
    id: 'gitlab-pat',
    provider: 'GitLab',
    pattern: 'glpat-[A-Za-z0-9_-]{20,}',
    source: 'https://docs.gitlab.com/security/tokens/#token-prefixes',
  },
  {
    // Vault's service, batch and recovery tokens since 1.10: `hvs.`, `hvb.`, `hvr.` and a base64url body of 90 or more.
    id: 'vault-token',
    provider: 'HashiCorp Vault',
    pattern: 'hv[sbr]\\.[A-Za-z0-9_-]{90,}',
    source: 'https://developer.hashicorp.com/vault/docs/concepts/tokens#token-prefixes',
  },
  {
    id: 'slack-token',
    provider: 'Slack',
    pattern: 'xox[abposr]-[A-Za-z0-9-]{10,250}',
    source: 'https://api.slack.com/authentication/token-types',
  },
  {
    id: 'slack-webhook',
    provider: 'Slack',
    // Also as JSON escapes the slashes (`hooks.slack.com\/services\/…`), and Workflow Builder's webhook triggers
    // (`/triggers/T…/<id>/<secret>`, earlier `/workflows/T…/A…/<id>/<secret>`:
    // https://slack.com/help/articles/360041352714), a client's doubled slash too.
    pattern:
      'hooks\\.slack\\.com(?:\\\\?/)+(?:services\\\\?/T[A-Z0-9]+\\\\?/B[A-Z0-9]+|triggers\\\\?/T[A-Z0-9]+\\\\?/[0-9]+|workflows\\\\?/T[A-Z0-9]+\\\\?/A[A-Z0-9]+\\\\?/[0-9]+)\\\\?/[A-Za-z0-9]{20,}',
    source: 'https://api.slack.com/messaging/webhooks',
  },
  {
    // The same webhook's path alone, where a client logs its host apart: urllib3's `HTTPSConnectionPool(host=
    // 'hooks.slack.com', port=443): Max retries exceeded with url: /services/T…/B…/…`. Its workspace (`T`) and app
    // (`B`) ids mark it.
    id: 'slack-webhook-path',
    provider: 'Slack',
    pattern: '/services/T[A-Z0-9]{8,12}/B[A-Z0-9]{8,12}/[A-Za-z0-9]{20,}',
    source: 'https://api.slack.com/messaging/webhooks',
  },
  {
    id: 'discord-webhook',
    provider: 'Discord',
    pattern: 'discord(?:app)?\\.com/api/webhooks/[0-9]{17,20}/[A-Za-z0-9_-]{60,80}',
    source: 'https://discord.com/developers/docs/resources/webhook#execute-webhook',
  },
  {
    id: 'webhook-site-url',
    provider: 'Webhook.site',
    // A URL's UUID is both where requests are sent and what opens them: whoever has it reads every request it caught
    // (https://webhook.site/#!/view/<uuid>) and can change what it answers.
    pattern: 'webhook\\.site/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    source: 'https://docs.webhook.site/',
  },
  {
    id: 'telegram-bot-token',
    provider: 'Telegram',
    pattern: 'api\\.telegram\\.org/bot[0-9]{8,10}:[A-Za-z0-9_-]{35}',
    source: 'https://core.telegram.org/bots/api#making-requests',
  },
  {
    id: 'telegram-bot-path',
    provider: 'Telegram',
    // The Bot API's path without its host: a router or a proxy in front of it logs `/bot<token>/sendMessage`, and bots
    // behind a webhook route often take the token as their path (`/bot<token>/webhook`).
    pattern: '/bot[0-9]{8,10}:[A-Za-z0-9_-]{35}',
    source: 'https://core.telegram.org/bots/api#making-requests',
  },
  {
    id: 'telegram-bot-token-bare',
    provider: 'Telegram',
    // A bot's token wherever it is written (a webhook route `/telegram/<token>`, a config's value): the bot's number, a
    // colon, then 35 characters that begin `AA` (the Bot API's own example, `110201543:AAHdqTc…`). Whoever has it runs the
    // bot. The shapes above name the token's places; this one its form.
    pattern: '[0-9]{8,10}:AA[A-Za-z0-9_-]{33}',
    prefilterLiteral: ':AA',
    source: 'https://core.telegram.org/bots/features#botfather',
  },
  {
    id: 'teams-webhook',
    provider: 'Microsoft Teams',
    // Also as JSON escapes the slashes.
    pattern:
      'webhook\\.office\\.com\\\\?/webhookb2\\\\?/[A-Za-z0-9@-]{36,}\\\\?/IncomingWebhook\\\\?/[A-Za-z0-9]{32}\\\\?/[A-Za-z0-9-]{36}',
    source: 'https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook',
  },
  {
    id: 'teams-webhook-legacy',
    provider: 'Microsoft Teams',
    // The host before the 2021 move to `<tenant>.webhook.office.com/webhookb2/`, still in old configurations; also as
    // JSON escapes the slashes.
    pattern:
      'outlook\\.office(?:365)?\\.com\\\\?/webhook\\\\?/[A-Za-z0-9@-]{36,}\\\\?/IncomingWebhook\\\\?/[A-Za-z0-9]{32}\\\\?/[A-Za-z0-9-]{36}',
    source: 'https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook',
  },
  {
    id: 'google-apps-script-web-app',
    provider: 'Google Apps Script',
    // A web app deployed to run as its owner for anyone with the link: its `/exec` URL is the whole credential, used as
    // a webhook by forms and sheets integrations. Deployment ids begin `AKfyc`.
    pattern: 'script\\.google\\.com\\\\?/macros\\\\?/s\\\\?/AKfyc[A-Za-z0-9_-]{40,120}\\\\?/exec',
    source: 'https://developers.google.com/apps-script/guides/web#deploy_a_script_as_a_web_app',
  },
  {
    id: 'zapier-webhook',
    provider: 'Zapier',
    // The last segment is the hook's secret: whoever has the URL triggers the Zap. Also as JSON escapes the slashes
    // (PHP's json_encode does by default). Prefiltered by `hooks.`, whose needle `ks` is `/hooks/`'s: `zapier`'s own
    // pair `za` (also in Google's `AIza`) took a first byte of the search.
    pattern: 'hooks\\.zapier\\.com\\\\?/hooks\\\\?/(?:catch|standard)\\\\?/[0-9]{4,12}\\\\?/[a-z0-9]{5,16}',
    prefilterLiteral: 'hooks.',
    source: 'https://help.zapier.com/hc/en-us/articles/8496288690317-Trigger-Zaps-from-webhooks',
  },
  {
    id: 'ifttt-webhook-key',
    provider: 'IFTTT',
    // Also as JSON escapes the slashes, as for every webhook below.
    pattern: 'maker\\.ifttt\\.com\\\\?/trigger\\\\?/[A-Za-z0-9_-]{1,128}\\\\?/(?:json\\\\?/)?with\\\\?/key\\\\?/[A-Za-z0-9_-]{16,64}',
    source: 'https://help.ifttt.com/hc/en-us/articles/115010230347-Webhooks-service-FAQ',
  },
  {
    id: 'make-webhook',
    provider: 'Make',
    // Make's (formerly Integromat's) custom webhooks: the 32 characters of the path are the secret.
    pattern: 'hook\\.(?:eu1|eu2|us1|us2)\\.make\\.com\\\\?/[a-z0-9]{32}',
    source: 'https://help.make.com/webhooks',
  },
  {
    id: 'integromat-webhook',
    provider: 'Make',
    pattern: 'hook\\.integromat\\.com\\\\?/[a-z0-9]{32}',
    source: 'https://help.make.com/webhooks',
  },
  {
    id: 'feishu-bot-webhook',
    provider: 'Feishu/Lark',
    // A custom bot's webhook: the UUID in the path is the secret (a signature is optional). Found by `bot/`'s needle
    // `bo`, which Telegram's `/bot` already has.
    pattern: 'open\\.(?:feishu\\.cn|larksuite\\.com)/open-apis/bot/v2/hook/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    prefilterLiteral: '/bot/v2/hook/',
    source: 'https://open.feishu.cn/document/client-docs/bot-v3/add-custom-bot',
  },
  {
    id: 'webex-incoming-webhook',
    provider: 'Webex',
    // The incoming webhook's id (base64 of `ciscospark://us/WEBHOOK/<uuid>`) is all a poster needs. Found by `ks`, the
    // needle of `/hooks/`.
    pattern: '(?:webexapis|api\\.ciscospark)\\.com/v1/webhooks/incoming/[A-Za-z0-9_=-]{40,}',
    prefilterLiteral: 'webhooks/incoming/',
    source: 'https://developer.webex.com/docs/api/guides/webhooks#incoming-webhooks',
  },
  {
    id: 'airtable-webhook',
    provider: 'Airtable',
    // An automation's "When webhook received" trigger: the base, workflow and trigger ids in its path are all a caller
    // needs to run the automation (also as JSON escapes the slashes).
    pattern:
      'hooks\\.airtable\\.com\\\\?/workflows\\\\?/v1\\\\?/genericWebhook\\\\?/app[A-Za-z0-9]{14}\\\\?/wfl[A-Za-z0-9]{14}\\\\?/wtr[A-Za-z0-9]{14}',
    prefilterLiteral: 'hooks.',
    source: 'https://support.airtable.com/docs/when-webhook-received-trigger',
  },
  {
    id: 'vercel-deploy-hook',
    provider: 'Vercel',
    // A deploy hook: whoever has the URL starts a deployment of the project (also as JSON escapes the slashes).
    pattern: 'api\\.vercel\\.com\\\\?/v1\\\\?/integrations\\\\?/deploy\\\\?/prj_[A-Za-z0-9]{16,40}\\\\?/[A-Za-z0-9]{8,32}',
    prefilterLiteral: 'integration',
    source: 'https://vercel.com/docs/deploy-hooks',
  },
  {
    id: 'pagerduty-integration-url',
    provider: 'PagerDuty',
    // An integration URL (CloudWatch, and other inbound integrations): the 32-hex integration key in its path opens
    // and resolves incidents on the service; also as JSON escapes the slashes.
    pattern: 'events\\.pagerduty\\.com\\\\?/integration\\\\?/[0-9a-f]{32}\\\\?/enqueue',
    prefilterLiteral: 'integration',
    source: 'https://support.pagerduty.com/main/docs/amazon-cloudwatch-integration-guide',
  },
  {
    id: 'spike-webhook',
    provider: 'Spike',
    // An incident webhook: the token in its path opens and resolves incidents on the service (also as JSON escapes the
    // slashes). Prefiltered by `hooks.`, as Zapier's.
    pattern: 'hooks\\.spike\\.sh\\\\?/[A-Za-z0-9]{16,64}\\\\?/push-events',
    prefilterLiteral: 'hooks.',
    source: 'https://docs.spike.sh/integrations-guideline/integrating-with-webhooks',
  },
  {
    id: 'ntfy-topic',
    provider: 'ntfy',
    // A topic on the public ntfy.sh server: the topic's name is its only secret, so whoever reads it can subscribe to
    // what is pushed there and push to its subscribers. Apps make it unguessable with a random part (`alarms-<random>`);
    // a plain word is a public topic. Also as JSON escapes the slash. Prefiltered by `fy.`, which the `y` needle finds.
    pattern: 'ntfy\\.sh\\\\?/(?:[A-Za-z0-9]{1,32}[-_]){0,4}(?=[A-Za-z0-9]*[0-9])(?=[A-Za-z0-9]*[a-z])[A-Za-z0-9]{12,64}',
    prefilterLiteral: 'fy.sh',
    source: 'https://docs.ntfy.sh/publish/#publishing',
  },
  {
    id: 'pushcut-webhook',
    provider: 'Pushcut',
    // A webhook secret in the path of Pushcut's notification and automation URLs: whoever has it sends notifications to
    // the owner's devices and runs their shortcuts (also as JSON escapes the slashes).
    pattern: 'api\\.pushcut\\.io\\\\?/[A-Za-z0-9_-]{16,64}\\\\?/(?:notifications|execute)',
    prefilterLiteral: 'pushcut',
    source: 'https://www.pushcut.io/webapi',
  },
  {
    id: 'apprise-telegram',
    provider: 'Telegram',
    // Apprise's Telegram URL, `tgram://<bot token>/<chat id>`, as Mealie, Changedetection.io and other apps that notify
    // through Apprise log it when a notification fails.
    pattern: 'tgram://[0-9]{8,10}:[A-Za-z0-9_-]{35}',
    prefilterLiteral: 'gram://',
    source: 'https://github.com/caronc/apprise/wiki/Notify_telegram',
  },
  {
    id: 'notification-url-telegram',
    provider: 'Telegram',
    // Shoutrrr's Telegram URL, `telegram://<bot token>@telegram?chats=…` (Watchtower, Homebox and other Go apps log the
    // URL when a notification fails). Found by Apprise's literal, which it holds.
    pattern: 'telegram://[0-9]{8,10}:[A-Za-z0-9_-]{35}@telegram',
    prefilterLiteral: 'gram://',
    source: 'https://containrrr.dev/shoutrrr/v0.8/services/telegram/',
  },
  {
    id: 'notification-url-gotify',
    provider: 'Gotify',
    // A Gotify application token in a notification library's URL, `gotify://<host>[/<path>]/<token>` (Shoutrrr, Apprise;
    // `gotifys://` over TLS): whoever has it pushes messages to the server's clients. Gotify's application tokens are
    // `A` and 14 characters of `[A-Za-z0-9._-]` (gotify/server auth/token.go).
    pattern: 'gotifys?://[A-Za-z0-9.:-]{1,253}/(?:[A-Za-z0-9._~-]{1,64}/){0,4}A[A-Za-z0-9._-]{14}(?![A-Za-z0-9._-])',
    prefilterLiteral: 'gotify',
    source: 'https://containrrr.dev/shoutrrr/v0.8/services/gotify/ and https://github.com/caronc/apprise/wiki/Notify_gotify',
  },
  {
    id: 'notification-url-discord',
    provider: 'Discord',
    // A Discord webhook as notification libraries write it in their service URLs: Shoutrrr's `discord://<token>@<id>`
    // (Watchtower logs the URL when a notification fails), Apprise's `discord://<webhook id>/<token>`. Whoever holds
    // the token posts to the channel.
    pattern: 'discord://(?:[A-Za-z0-9_-]{60,80}@[0-9]{17,20}|[0-9]{17,20}/[A-Za-z0-9_-]{60,80})',
    prefilterLiteral: 'discord',
    source: 'https://containrrr.dev/shoutrrr/v0.8/services/discord/ and https://github.com/caronc/apprise/wiki/Notify_discord',
  },
  {
    id: 'adafruit-io-key',
    provider: 'Adafruit IO',
    // An Adafruit IO key (`aio_` and 28 letters and digits): whoever has it reads and writes the account's feeds and
    // devices. Boards and editors keep it in their settings (CircuitPython's `ADAFRUIT_AIO_KEY`, Mu's environment).
    pattern: 'aio_[A-Za-z0-9]{28}',
    source: 'https://docs.github.com/en/code-security/secret-scanning/introduction/supported-secret-scanning-patterns',
  },
  {
    id: 'serverchan-sendkey',
    provider: 'ServerChan',
    // Server酱's SendKey, in its push URL (`sctapi.ftqq.com/<SendKey>.send`): whoever has it pushes messages to the
    // owner's WeChat. Turbo keys begin `SCT`, a number, then `T`.
    pattern: 'SCT[0-9]{3,10}T[A-Za-z0-9]{16,64}',
    source: 'https://github.com/easychen/serverchan-sdk',
  },
  {
    id: 'cloudsmith-entitlement-url',
    provider: 'Cloudsmith',
    // A private repository's download URL with its entitlement token as the first path segment
    // (`dl.cloudsmith.io/<token>/<owner>/<repository>/…`), as package managers (yum, zypper, apt, pip) log a fetch.
    pattern: 'dl\\.cloudsmith\\.io\\\\?/[A-Za-z0-9]{16,64}\\\\?/[A-Za-z0-9_.-]{1,64}',
    prefilterLiteral: 'cloudsmith.io',
    source: 'https://help.cloudsmith.io/docs/entitlements',
  },
  {
    id: 'gemfury-url-token',
    provider: 'Gemfury',
    // A Gemfury repository URL with a token as its user (`https://<token>@pypi.fury.io/<account>/`, `rpm.fury.io`,
    // `npm-proxy.fury.io`), as package managers and CI jobs print the index they fetch from.
    pattern: '[A-Za-z0-9_-]{16,64}:?@(?:npm-proxy|[a-z]{2,8})\\.fury\\.io',
    prefilterLiteral: 'fury.io',
    source: 'https://gemfury.com/help/tokens/',
  },
  {
    id: 'nextcloud-public-share-dav',
    provider: 'Nextcloud',
    // A public share's WebDAV path (`public.php/dav/files/<share token>/…`, Nextcloud 29 and later): whoever has the token
    // reads, and for an upload share writes, what it shares. Share tokens are 15 characters of both cases and digits.
    pattern: 'public\\.php\\\\?/dav\\\\?/files\\\\?/[A-Za-z0-9]{15}(?![A-Za-z0-9])',
    prefilterLiteral: 'dav/files',
    source: 'https://docs.nextcloud.com/server/latest/developer_manual/client_apis/WebDAV/basic.html',
  },
  {
    id: 'uptime-kuma-push-url',
    provider: 'Uptime Kuma',
    // A push monitor's URL (`/api/push/<push token>?status=up&msg=OK&ping=`), which a cron job or a backup hook calls:
    // whoever has the token reports the monitor up (or down) in the owner's place. Tokens are 10 (older releases) to 32
    // random letters and digits: a digit or two capitals side by side, which other apps' `/api/push/` routes (devices,
    // subscriptions, `NewMessage`) have not.
    pattern: 'api\\\\?/push\\\\?/(?=[A-Za-z0-9]{0,62}(?:[0-9]|[A-Z]{2}))(?=[A-Za-z0-9]{0,63}[a-z])[A-Za-z0-9]{10,64}',
    prefilterLiteral: 'api/push/',
    source: 'https://github.com/louislam/uptime-kuma/wiki/Push-Monitor',
  },
  {
    id: 'vimeo-unlisted-link',
    provider: 'Vimeo',
    // An unlisted video's private link: the hash after the video's number (`vimeo.com/<id>/<hash>`, the player's
    // `video/<id>?h=<hash>`) is all it takes to watch it (also as JSON escapes the slashes).
    pattern: 'vimeo\\.com\\\\?/(?:video\\\\?/)?[0-9]{6,12}(?:\\\\?/|\\?(?:[^\\s"\'#]{0,256}&)?h=)[0-9a-f]{10}',
    prefilterLiteral: 'vimeo.com',
    source: 'https://help.vimeo.com/hc/en-us/articles/12426199699985-About-unlisted-videos',
  },
  {
    id: 'mega-link-key',
    provider: 'MEGA',
    // A MEGA file or folder link with its decryption key after the `#` (`mega.nz/file/<handle>#<key>`, `/folder/`,
    // `/embed/`; before 2020 `mega.nz/#!<handle>!<key>`, `#F!` for a folder): the key decrypts what the link opens, and
    // MEGA never sees it. A file's key is 43 base64url characters, a folder's 22. A link without its key opens nothing.
    pattern: 'mega\\.nz\\\\?/(?:(?:file|folder|embed)\\\\?/[A-Za-z0-9_-]{8}#|#F?![A-Za-z0-9_-]{8}!)[A-Za-z0-9_-]{22}(?:[A-Za-z0-9_-]{21})?',
    prefilterLiteral: 'mega.nz',
    source: 'https://help.mega.io/files-folders/sharing/encrypted-links',
  },
  {
    id: 'yandex-disk-public-link',
    provider: 'Yandex Disk',
    // A file or folder the owner published (`disk.yandex.ru/d/<key>` for a folder, `/i/<key>` for a file, on every
    // country's domain): whoever has the link opens and downloads it.
    pattern: 'disk\\.yandex\\.[a-z]{2,3}(?:\\.[a-z]{2})?\\\\?/[di]\\\\?/[A-Za-z0-9_-]{13,16}',
    prefilterLiteral: 'disk.yandex.',
    source: 'https://yandex.com/support/yandex-360/customers/disk/web/en/share/share',
  },
  {
    id: 'bitwarden-send-link',
    provider: 'Bitwarden',
    // A Send's link on Bitwarden's cloud (`send.bitwarden.com/#<access id>/<key>`): the access id finds the Send and the
    // key, after the `#` so that no server sees it, decrypts its text or file. Both are 16 bytes in base64url (22
    // characters). Not read: a self-hosted vault's `<host>/#/send/<access id>/<key>`, whose route's needle (`d/`) made
    // the byte search admit `do` too (+6 % hits on a real Apache log).
    pattern: 'send\\.bitwarden\\.com\\\\?/#[A-Za-z0-9_-]{22}\\\\?/[A-Za-z0-9_-]{22}',
    prefilterLiteral: 'send.bitwarden.com',
    source: 'https://bitwarden.com/help/send-privacy/',
  },
  {
    id: '3cx-provisioning-link',
    provider: '3CX',
    // A 3CX phone system's provisioning link: the random folder after `provisioning/` serves each phone's configuration
    // file (`3cxprov_<MAC>.xml`, `<MAC>.cfg`) with its SIP extension's credentials. A folder of words is a provisioning
    // server's own layout (`provisioning/yealink/…`), not a secret.
    pattern:
      'provisioning\\\\?/(?=[A-Za-z]{0,31}[0-9])(?=[0-9]{0,31}[A-Za-z])[A-Za-z0-9]{10,32}\\\\?/(?:3cxprov_)?[0-9A-Fa-f]{12}\\.(?:xml|cfg)',
    prefilterLiteral: 'provisioning/',
    source: 'https://www.3cx.com/docs/manual/phone-provisioning/',
  },
  {
    id: 'securiteinfo-signatures-url',
    provider: 'SecuriteInfo',
    // ClamAV signatures from SecuriteInfo, fetched by freshclam's `DatabaseCustomURL`: the 128 hexadecimal digits in the
    // path are the subscriber's identifier.
    pattern: 'securiteinfo\\.com\\\\?/get\\\\?/signatures\\\\?/[0-9a-f]{128}',
    prefilterLiteral: 'securiteinfo',
    source: 'https://www.securiteinfo.com/services/anti-spam-anti-virus/improve-detection-rate-of-zero-day-malwares-for-clamav.shtml',
  },
  {
    id: 'render-deploy-hook',
    provider: 'Render',
    // A deploy hook: the service id and its `key` (also as JSON escapes the slashes).
    pattern: 'api\\.render\\.com\\\\?/deploy\\\\?/srv-[a-z0-9]{16,32}\\?key=[A-Za-z0-9_-]{8,64}',
    prefilterLiteral: 'api.render.com',
    source: 'https://render.com/docs/deploy-hooks',
  },
  {
    id: 'victorops-rest-endpoint',
    provider: 'Splunk On-Call (VictorOps)',
    // The REST integration's endpoint: its API key sits in the path, before the routing key (every such URL carries the
    // integration's version date, 20131114).
    pattern: 'integrations\\\\?/generic\\\\?/20131114\\\\?/alert\\\\?/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    prefilterLiteral: 'integration',
    source: 'https://help.victorops.com/knowledge-base/rest-endpoint-integration-guide/',
  },
  {
    id: 'grafana-oncall-integration-url',
    provider: 'Grafana OnCall',
    // An integration's URL (`/oncall/integrations/v1/<kind>/<token>/`): whoever has it raises alerts (also as JSON escapes
    // the slashes).
    pattern: 'oncall\\\\?/integrations\\\\?/v1\\\\?/[a-z_]{3,40}\\\\?/[A-Za-z0-9]{20,40}',
    prefilterLiteral: 'integration',
    source: 'https://grafana.com/docs/oncall/latest/configure/integrations/',
  },
  {
    id: 'healthchecks-ping-url',
    provider: 'Healthchecks.io',
    // A check's ping URL: its UUID is all a pinger needs (also as JSON escapes the slashes).
    pattern: 'hc-ping\\.com\\\\?/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    prefilterLiteral: 'hc-ping.com',
    source: 'https://healthchecks.io/docs/http_api/',
  },
  {
    id: 'deadmanssnitch-url',
    provider: "Dead Man's Snitch",
    // A snitch's check-in URL: its token is all it takes to check in for the job (also as JSON escapes the slashes).
    pattern: 'nosnch\\.in\\\\?/[0-9a-f]{10}',
    prefilterLiteral: 'nosnch.in',
    source: 'https://deadmanssnitch.com/docs/basic-check-in-methods',
  },
  {
    id: 'uptimerobot-heartbeat-url',
    provider: 'UptimeRobot',
    // A heartbeat monitor's URL: the monitor id and its 40-hex key (also as JSON escapes the slashes).
    pattern: 'heartbeat\\.uptimerobot\\.com\\\\?/m[0-9]{6,12}-[0-9a-f]{40}',
    prefilterLiteral: 'heartbeat.uptimerobot',
    source: 'https://uptimerobot.com/api/heartbeat-monitoring/',
  },
  {
    id: 'dooray-incoming-webhook',
    provider: 'Dooray!',
    // NHN Dooray!'s incoming webhook (`/services/<tenant id>/<service id>/<token>`): whoever has the URL posts to the
    // messenger channel (also as JSON escapes the slashes).
    pattern: 'hook\\.dooray\\.com\\\\?/services\\\\?/[0-9]{10,20}\\\\?/[0-9]{10,20}\\\\?/[A-Za-z0-9_-]{16,64}',
    prefilterLiteral: 'dooray',
    source: 'https://helpdesk.dooray.com/ (messenger incoming hooks; a client: https://github.com/iizs/PyDooray)',
  },
  {
    id: 'basecamp-chatbot-url',
    provider: 'Basecamp',
    // A chatbot's lines URL (`/<account>/integrations/<chatbot key>/buckets/<project>/chats/<chat>/lines`): the key is
    // all it takes to post into the project's chat as the bot (also as JSON escapes the slashes).
    pattern:
      'basecamp\\.com\\\\?/[0-9]{4,12}\\\\?/integrations\\\\?/[A-Za-z0-9]{16,40}\\\\?/buckets\\\\?/[0-9]{1,20}\\\\?/chats\\\\?/[0-9]{1,20}\\\\?/lines',
    prefilterLiteral: 'integration',
    source: 'https://github.com/basecamp/bc3-api/blob/master/sections/chatbots.md',
  },
  {
    id: 'brewfather-stream-url',
    provider: 'Brewfather',
    // A custom stream's logging URL, which hydrometers and brewing controllers (iSpindel, Tilt, BrewPiLess) post
    // readings to: its `id` is the stream's only credential.
    pattern: 'log\\.brewfather\\.net\\\\?/stream\\?id=[A-Za-z0-9]{10,32}',
    prefilterLiteral: 'brewfather',
    source: 'https://docs.brewfather.app/integrations/custom-stream',
  },
  {
    id: 'betterstack-heartbeat-url',
    provider: 'Better Stack',
    // A heartbeat's URL: its token is all a job needs to report in (also as JSON escapes the slashes).
    pattern: 'uptime\\.betterstack\\.com\\\\?/api\\\\?/v1\\\\?/heartbeat\\\\?/[A-Za-z0-9]{16,40}',
    prefilterLiteral: 'betterstack',
    source: 'https://betterstack.com/docs/uptime/cron-and-heartbeat-monitor/',
  },
  {
    id: 'bitrix24-webhook-url',
    provider: 'Bitrix24',
    // An inbound webhook's URL (`<portal>.bitrix24.<tld>/rest/<user id>/<code>/<method>`): its code calls the REST API
    // as that user, with the webhook's rights (also as JSON escapes the slashes).
    pattern: 'bitrix24\\.[a-z]{2,3}(?:\\.[a-z]{2})?\\\\?/rest\\\\?/[0-9]{1,8}\\\\?/[a-z0-9]{16}',
    prefilterLiteral: 'bitrix24',
    source: 'https://apidocs.bitrix24.ru/local-integrations/local-webhooks.html',
  },
  {
    id: 'checkly-heartbeat-url',
    provider: 'Checkly',
    // A heartbeat monitor's ping URL (`ping.checklyhq.com/<uuid>`, formerly `api.checklyhq.com/heartbeats/ping/<uuid>`):
    // its UUID is all a job needs to report in (also as JSON escapes the slashes).
    pattern: 'checklyhq\\.com\\\\?/(?:heartbeats\\\\?/ping\\\\?/)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    prefilterLiteral: 'checklyhq',
    source: 'https://www.checklyhq.com/docs/detect/uptime-monitoring/heartbeat-monitors/examples',
  },
  {
    id: 'cronitor-telemetry-url',
    provider: 'Cronitor',
    // The Telemetry API's URL carries the account's API key in its path (`cronitor.link/p/<key>/<monitor>`).
    pattern: 'cronitor\\.link\\\\?/p\\\\?/[0-9a-f]{32}',
    prefilterLiteral: 'cronitor.link',
    source: 'https://cronitor.io/docs/telemetry-api',
  },
  {
    id: 'cronhub-ping-url',
    provider: 'Cronhub',
    // A monitor's ping URL (`/ping/<uuid>`, `/start/…`, `/finish/…`, `/fail/…`): its UUID is all a job needs to report in.
    pattern: 'cronhub\\.io\\\\?/(?:ping|start|finish|fail)\\\\?/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    prefilterLiteral: 'cronhub',
    source: 'https://docs.cronhub.io/how-to-ping',
  },
  {
    id: 'bark-push-url',
    provider: 'Bark',
    // A push to an iPhone through Bark's server: the device key in the path is all it takes to notify the device.
    pattern: 'api\\.day\\.app\\\\?/[A-Za-z0-9]{16,32}',
    prefilterLiteral: 'api.day.app',
    source: 'https://github.com/Finb/Bark#usage',
  },
  {
    id: 'marinetraffic-api-url',
    provider: 'MarineTraffic',
    // Its API takes the key only in the path, after the service and an optional version (`/api/exportvessel/v:5/<key>/…`).
    pattern: 'services\\.marinetraffic\\.com\\\\?/api\\\\?/[a-z]{3,40}\\\\?/(?:v:[0-9]{1,2}\\\\?/)?[0-9a-f]{40}',
    prefilterLiteral: 'marinetraffic',
    source: 'https://servicedocs.marinetraffic.com/',
  },
  {
    id: 'figma-pat',
    provider: 'Figma',
    pattern: 'figd_[A-Za-z0-9_-]{40}',
    source: 'https://www.figma.com/developers/api#access-tokens',
  },
  {
    id: 'honeycomb-ingest-key',
    provider: 'Honeycomb',
    // An Ingest Key as sent in `X-Honeycomb-Team`: the key id (`hc` + one letter + `ik_`) and its secret, joined.
    pattern: 'hc[a-z]ik_[A-Za-z0-9]{58}',
    // Found by `ik_` (its pair `k_` beside the search's other `k` needles): `hc` would make `h` a first byte of its own.
    prefilterLiteral: 'ik_',
    source: 'https://docs.honeycomb.io/api/authentication',
  },
  {
    id: 'pipedream-endpoint',
    provider: 'Pipedream',
    // An HTTP source's endpoint: the host is the secret (`https://<id>.m.pipedream.net`), anyone who has it triggers the
    // workflow.
    pattern: '[a-z0-9]{13,40}\\.m\\.pipedream\\.net',
    prefilterLiteral: '.m.pipedream.',
    source: 'https://pipedream.com/docs/workflows/building-workflows/triggers/#http',
  },
  {
    id: 'ory-token',
    provider: 'Ory',
    // Ory Hydra's and Ory Network's OAuth 2.0 access, refresh and authorization-code tokens (`ory_at_`, `ory_rt_`,
    // `ory_ac_`), and Ory Network's personal and project API keys.
    pattern: 'ory_(?:at|rt|ac|pat|apikey)_[A-Za-z0-9_-]{20,}(?:\\.[A-Za-z0-9_-]{20,})?',
    prefilterLiteral: 'ory_',
    source: 'https://www.ory.sh/docs/hydra/jwks#opaque-token-prefixes',
  },
  {
    id: 'stripe-secret-key',
    provider: 'Stripe',
    pattern: '(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,247}',
    source: 'https://docs.stripe.com/keys',
  },
  {
    // A webhook endpoint's signing secret (`stripe listen` prints the CLI's): whoever holds it signs events the
    // endpoint accepts as Stripe's. Svix, and the services built on it, use the same prefix for theirs (base64).
    id: 'webhook-signing-secret',
    provider: 'Stripe or Svix',
    pattern: 'whsec_[A-Za-z0-9+/=]{24,100}',
    source: 'https://docs.stripe.com/webhooks#verify-official-libraries',
  },
  {
    // Xendit's secret API keys: whoever holds one moves money as the merchant (its public keys are `xnd_public_…`).
    id: 'xendit-secret-key',
    provider: 'Xendit',
    pattern: 'xnd_(?:production|development)_[A-Za-z0-9]{32,100}',
    source: 'https://docs.xendit.co/docs/api-keys',
  },
  {
    // Midtrans' server keys (sandbox ones start `SB-`): the merchant's secret for the payment API (its client keys
    // are `Mid-client-…`).
    id: 'midtrans-server-key',
    provider: 'Midtrans',
    pattern: '(?:SB-Mid|Mid)-server-[A-Za-z0-9_-]{20,64}',
    source: 'https://docs.midtrans.com/docs/access-keys',
  },
  {
    // Asaas' API keys (`$aact_`, since 2024 `$aact_prod_` or `$aact_hmlg_` for the sandbox, then base64), sent in its
    // `access_token` header: the account's key to the payments API. Prefiltered without its `$`, by the `_` needle
    // the search has (a `$` would be a first byte of its own).
    id: 'asaas-api-key',
    provider: 'Asaas',
    pattern: String.raw`\$aact_(?:prod_|hmlg_)?[A-Za-z0-9+/=_-]{30,400}`,
    prefilterLiteral: 'aact_',
    source: 'https://docs.asaas.com/docs/authentication-2',
  },
  {
    id: 'stripe-publishable-key',
    provider: 'Stripe',
    pattern: 'pk_(?:live|test)_[A-Za-z0-9]{16,247}',
    publishable: true,
    source: 'https://docs.stripe.com/keys',
  },
  {
    id: 'google-api-key',
    provider: 'Google',
    pattern: 'AIza[A-Za-z0-9_-]{35}',
    browserKey: true,
    source: 'https://cloud.google.com/docs/authentication/api-keys',
  },
  {
    id: 'google-oauth-token',
    provider: 'Google',
    pattern: 'ya29\\.[A-Za-z0-9_-]{20,}',
    source: 'https://developers.google.com/identity/protocols/oauth2',
  },
  {
    id: 'aws-access-key-id',
    provider: 'AWS',
    pattern: '(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}',
    keyId: true,
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids',
  },
  {
    id: 'npm-token',
    provider: 'npm',
    pattern: 'npm_[A-Za-z0-9]{36}',
    source: 'https://github.blog/changelog/2021-09-23-npm-has-a-new-access-token-format/',
  },
  {
    id: 'openai-api-key',
    provider: 'OpenAI',
    pattern: 'sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}',
    matchesWholeRun: true,
    source: 'https://platform.openai.com/docs/api-reference/authentication',
  },
  {
    id: 'anthropic-api-key',
    provider: 'Anthropic',
    pattern: 'sk-ant-(?:api|admin)\\d{2}-[A-Za-z0-9_-]{80,}',
    source: 'https://docs.anthropic.com/en/api/overview#authentication',
  },
  { id: 'twilio-api-key', provider: 'Twilio', pattern: 'SK[0-9a-f]{32}', source: 'https://www.twilio.com/docs/iam/api-keys' },
  {
    // A private key printed on one line, its line breaks escaped (`"key":"-----BEGIN PRIVATE KEY-----\nMIGT…"` in a
    // JSON or Ruby dump of a service account or an App Store Connect key) or turned into spaces: the whole block, from
    // its BEGIN to its END line. A key printed over many lines is not read as one.
    id: 'private-key',
    provider: 'PEM',
    pattern:
      '-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY-----(?:\\\\{1,2}[rn]|[A-Za-z0-9+/= ]){40,16384}-----END (?:RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY-----',
    prefilterLiteral: 'PRIVATE KEY-----',
    source: 'https://www.rfc-editor.org/rfc/rfc7468#section-10',
  },
  {
    id: 'sendgrid-api-key',
    provider: 'SendGrid',
    pattern: 'SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}',
    source: 'https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys',
  },
  {
    id: 'mailgun-api-key',
    provider: 'Mailgun',
    pattern: 'key-[0-9a-f]{32}',
    source: 'https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/',
  },
  {
    id: 'shopify-token',
    provider: 'Shopify',
    pattern: 'shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}',
    source: 'https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin',
  },
  {
    id: 'atlassian-api-token',
    provider: 'Atlassian',
    pattern: 'ATATT3[A-Za-z0-9_=-]{180,}',
    source: 'https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/',
  },
  {
    id: 'digitalocean-token',
    provider: 'DigitalOcean',
    pattern: 'do[opr]_v1_[a-f0-9]{64}',
    source: 'https://docs.digitalocean.com/reference/api/create-personal-access-token/',
  },
  {
    id: 'huggingface-token',
    provider: 'Hugging Face',
    pattern: 'hf_[A-Za-z]{34}',
    source: 'https://huggingface.co/docs/hub/security-tokens',
  },
  {
    // Datadog's client tokens, which the browser SDKs (RUM, browser logs) send from every page: public by design.
    id: 'datadog-client-token',
    provider: 'Datadog',
    pattern: 'pub[0-9a-f]{32}',
    publishable: true,
    source: 'https://docs.datadoghq.com/account_management/api-app-keys/#client-tokens',
  },
  {
    id: 'mapbox-public-token',
    provider: 'Mapbox',
    pattern: 'pk\\.eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}',
    publishable: true,
    source: 'https://docs.mapbox.com/help/dive-deeper/access-tokens/',
  },
  {
    id: 'mapbox-secret-token',
    provider: 'Mapbox',
    pattern: 'sk\\.eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}',
    source: 'https://docs.mapbox.com/help/dive-deeper/access-tokens/',
  },
  {
    id: 'supabase-publishable-key',
    provider: 'Supabase',
    pattern: 'sb_publishable_[A-Za-z0-9_-]{20,}',
    publishable: true,
    source: 'https://supabase.com/docs/guides/api/api-keys',
  },
  {
    id: 'supabase-secret-key',
    provider: 'Supabase',
    pattern: 'sb_secret_[A-Za-z0-9_-]{20,}',
    source: 'https://supabase.com/docs/guides/api/api-keys',
  },
  {
    // Stripe's way of writing a key's mode into its prefix (`sk_live_`), which other APIs took for their secret keys
    // (Shippo's `shippo_live_`) and in-house APIs copy: a short lower-case prefix, `_live_`, then a random body of
    // letters and digits. Last in the table, so that a vendor's own shape names the key first; publishable keys
    // (`pk_live_`, `pub_live_`) are public by design and left out. Found by the `_` the search has anyway.
    id: 'live-mode-secret-key',
    provider: 'Stripe-style',
    pattern: '(?!pk_|pub_|public_|publishable_)[a-z]{2,12}_live_(?=[A-Za-z]*[0-9])(?=[0-9]*[A-Za-z])[A-Za-z0-9]{20,128}',
    prefilterLiteral: '_live_',
    source: 'https://docs.goshippo.com/guides/authentication',
  },
];

/** Bounds the expansion of a pattern's literal beginnings (`[abc]` sets and `(?:a|b)` groups multiply). */
const MAX_PREFIX_VARIANTS = 64;

const providerRegexes = providerTokenShapes.map((shape) => {
  const prefixes = literalBeginnings(shape.pattern);
  // A percent escape or JSON's `\uXXXX` before the token ends with a word character and still bounds it
  // (`clone_addr=https%3A%2F%2Foauth2%3Aglpat-…%40gitlab.com`).
  // A shape that starts with a separator (Telegram's `/bot<token>` under any route) needs no boundary before it.
  const startsAtSeparator = prefixes !== undefined && prefixes.every((prefix) => /^[^A-Za-z0-9_]/.test(prefix));
  const before = startsAtSeparator ? '' : String.raw`(?<![A-Za-z0-9_](?<!%[0-9A-Fa-f]{2}|\u[0-9A-Fa-f]{4}))`;
  const source = String.raw`${before}${firstStartOfRunOnly(shape, prefixes)}(?:${shape.pattern})(?![A-Za-z0-9_])`;
  // Sticky for whole values: a value is tested at its start only, not searched.
  return { shape, regex: new RegExp(source, 'g'), whole: new RegExp(source, 'y'), prefixes, required: requiredLiterals(shape, prefixes) };
});

/**
 * Literals one of which every match of a shape holds: its literal beginnings, or the literal the log prefilter finds it
 * by. A text holding none is not searched for the shape: a look-behind at the start keeps V8 from skipping ahead to a
 * literal itself, so a shape such as Pipedream's `[a-z0-9]{13,40}\.m\.pipedream\.net` was tried at every character.
 */
function requiredLiterals(shape: ProviderTokenShape, prefixes: readonly string[] | undefined): readonly string[] | undefined {
  return prefixes ?? (shape.prefilterLiteral === undefined ? undefined : [shape.prefilterLiteral]);
}

/**
 * For a shape that `matchesWholeRun`: a look-behind that rejects a start when an earlier start of the same literal
 * (itself after a non-word character) lies in the same run of token characters. Without it `sk-sk-sk-…` (or any run
 * with many `sk-` and no `T3BlbkFJ`) cost the square of the run's length: every start read the run to its end. The
 * look-behind is lazy, so it reads back only to the nearest earlier start (or the run's beginning): linear in total.
 */
function firstStartOfRunOnly(shape: ProviderTokenShape, prefixes: readonly string[] | undefined): string {
  if (!shape.matchesWholeRun || prefixes === undefined) return '';
  return String.raw`(?<!(?<![A-Za-z0-9_])(?:${prefixes.map(escapeRegExp).join('|')})[A-Za-z0-9_-]*?)`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The literal beginnings every match of the pattern starts with, or undefined when it has none: a whole value is
 * tested against a shape only when it starts with one. (Gating the search in a line the same way, with `includes`
 * per beginning, measured slower than the twenty regexes themselves.)
 */
function literalBeginnings(pattern: string): readonly string[] | undefined {
  const literals = [...new Set(expandLiteralPrefix(pattern).map(({ literal }) => literal))];
  return literals.includes('') ? undefined : literals;
}

export interface ProviderTokenMatch {
  readonly shape: ProviderTokenShape;
  readonly index: number;
  readonly value: string;
}

/** Every provider token in `text`, by position. */
export function findProviderTokens(text: string): ProviderTokenMatch[] {
  const found: ProviderTokenMatch[] = [];
  for (const { shape, regex, required } of providerRegexes) {
    if (required !== undefined && !required.some((literal) => text.includes(literal))) continue;
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match; match = regex.exec(text)) {
      found.push({ shape, index: match.index, value: match[0] });
    }
  }
  return withoutContained(found.sort((a, b) => a.index - b.index || b.value.length - a.value.length));
}

/** A match inside another is the same token (`/bot<token>` inside `api.telegram.org/bot<token>`): found once. */
function withoutContained(matches: readonly ProviderTokenMatch[]): ProviderTokenMatch[] {
  const kept: ProviderTokenMatch[] = [];
  let coveredTo = -1;
  for (const match of matches) {
    const end = match.index + match.value.length;
    if (end <= coveredTo) continue;
    kept.push(match);
    coveredTo = end;
  }
  return kept;
}

/** The provider shape a whole value matches, if any. */
export function matchProviderToken(value: string): ProviderTokenShape | undefined {
  return providerRegexes.find(({ whole, prefixes }) => {
    if (prefixes !== undefined && !prefixes.some((prefix) => value.startsWith(prefix))) return false;
    whole.lastIndex = 0;
    const match = whole.exec(value);
    return match !== null && match[0].length === value.length;
  })?.shape;
}

/**
 * JWTs anywhere in a text; candidates only, confirm with `decodeJwt`. A token character before `eyJ` means the run is
 * something longer, unless it ends an escape: JSON percent-encoded into a query (graphql-ws `connectionParams`,
 * `%7B%22authToken%22%3A%22eyJ…`) puts `%22` right before the token, and .NET's System.Text.Json writes a quote inside
 * a string as `\u0022`.
 */
export function createJwtRegex(): RegExp {
  // One look-behind (a token character that does not end an escape): an alternation of two cost three times as much.
  return new RegExp(String.raw`(?<![A-Za-z0-9_-](?<!%[0-9A-Fa-f]{2}|\u[0-9A-Fa-f]{4}))${JWT_PATTERN_SOURCE}`, 'g');
}

/**
 * Values people write where a secret would go: never a leak by themselves. Among them a template's variable: `{{name}}`,
 * `${name}`, `%name%`, `:name`, `[name]`, Karate's embedded expression `#(name)` (its test logs print a request before
 * the expression is filled in: https://github.com/karatelabs/karate#embedded-expressions).
 */
const PLACEHOLDER =
  /^(?:|null|undefined|none|nil|false|true|n\/a|-+|\*+|x+|\.+|0+|redacted|\[redacted\]|\[filtered\]|filtered|masked|hidden|removed|secret|token|your[\w-]*|<[^>]*>|\{\{?[^}]*\}\}?|\$\{[^}]*\}|%[a-z_]+%|:\w+|\[\w+\]|##?\([\w.$[\]'"-]{1,64}\))$/i;

/**
 * What a CI job or a shell script writes in a secret's place, and prints before expanding it: an environment variable
 * (`$VAULT_TOKEN`: upper case by convention, and so told from a password that starts with `$`), GitHub Actions'
 * expression (`${{ secrets.DEPLOY_TOKEN }}`,
 * https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions) and a
 * command's output (`$(cat token)`), and PowerShell's environment variable (`$env:DEPLOY_KEY`, as an AppVeyor or Azure
 * Pipelines script writes it: https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_environment_variables).
 */
const SHELL_PLACEHOLDER = /^\$(?:[A-Z_][A-Z0-9_]*|\{\{[^}]*\}\}|\([^)]*\)|env:[A-Za-z_][A-Za-z0-9_]*)$/;

/**
 * A secret passed by reference to the environment variable that holds it, as Dagger's secret arguments take one
 * (`--token=env:NETLIFY_AUTH_TOKEN`, https://docs.dagger.io/api/secrets/): the variable's name, no value.
 */
const ENVIRONMENT_REFERENCE = /^env:\/{0,2}[A-Z_][A-Z0-9_]*$/;

/**
 * A secret's name in constant case where its value goes (`?access_token=ACCESS_TOKEN`, `API_KEY`, `GITHUB_TOKEN`): an
 * environment variable's or a template's name that nobody filled in, as API docs and curl examples write it.
 */
const CONSTANT_NAME = /^(?:(?:[A-Z][A-Z0-9]*_)+(?:TOKEN|KEY|SECRET|PASSWORD|JWT)|API_?KEY|(?:ACCESS|AUTH|API)_?TOKEN)$/;

/**
 * A redaction marker with details, such as urlleak's own `[REDACTED:<fingerprint>]`, or words in brackets where a tool
 * left a value out (k6's `[omitted by the test]`, `[hidden]`, `[not shown]`, the Python Slack SDK's `(redacted)`): a
 * bracketed or parenthesized phrase of words is no secret.
 */
const REDACTION_MARKER = /^(?:\[(?:redacted|filtered|masked|removed)\b[^\]]*\]|\[[a-z]+(?: [a-z]+)+\]|\([a-z]+(?: [a-z]+)*\))$/i;

/**
 * Three words or more in constant case and nothing else: a marker a tool writes where it withheld a value (Ansible's
 * `VALUE_SPECIFIED_IN_NO_LOG_PARAMETER` for a `no_log` option, https://docs.ansible.com/ansible/latest/reference_appendices/logging.html),
 * or a template's `CHANGE_ME_PLEASE`: no generated secret has that shape.
 */
const CONSTANT_CASE_WORDS = /^[A-Z]+(?:_[A-Z]+){2,}$/;

export function isPlaceholderValue(value: string): boolean {
  const trimmed = value.trim();
  return (
    PLACEHOLDER.test(trimmed) ||
    SHELL_PLACEHOLDER.test(trimmed) ||
    ENVIRONMENT_REFERENCE.test(trimmed) ||
    CONSTANT_NAME.test(trimmed) ||
    CONSTANT_CASE_WORDS.test(trimmed) ||
    /^(?:redacted|filtered|masked)\b/i.test(value) ||
    REDACTION_MARKER.test(value) ||
    /^(.)\1+$/.test(value)
  );
}

/**
 * A stored password's hash, as a users table holds it: bcrypt (`$2y$12$…`), crypt(3)'s SHA-512 and SHA-256 (`$6$…`,
 * `$5$…`), Argon2 (`$argon2id$v=19$…`), scrypt, and Django's `pbkdf2_sha256$<iterations>$…`
 * (https://docs.djangoproject.com/en/5.2/topics/auth/passwords/#how-django-stores-passwords). It opens nothing: whoever
 * reads it must still crack it, so a log that shows one (an ORM's UPDATE of a password column) leaks no credential.
 */
export function isPasswordHash(value: string): boolean {
  return PASSWORD_HASH.test(value);
}

const PASSWORD_HASH =
  /^(?:\$2[abxy]?\$\d{2}\$[./A-Za-z0-9]{53}|\$[56]\$(?:rounds=\d{1,9}\$)?[./A-Za-z0-9]{1,16}\$[./A-Za-z0-9]{43,86}|\$argon2(?:id|i|d)\$v=\d+\$m=\d+,t=\d+,p=\d+\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+|\$scrypt\$\S+|(?:pbkdf2_sha(?:1|256|512)|argon2|bcrypt_sha256|scrypt)\$\S+)$/;

/**
 * A token's digest as a table stores it in place of the token: SHA-256 or SHA-512 in lowercase hex (Laravel Sanctum's
 * `personal_access_tokens.token`, https://laravel.com/docs/sanctum#issuing-api-tokens; Devise's reset and confirmation
 * tokens, HMAC-SHA256). Read only for values an SQL statement writes: in a URL, 64 hex characters are as often a token.
 */
export function isStoredTokenDigest(value: string): boolean {
  return STORED_DIGEST.test(value);
}

const STORED_DIGEST = /^(?:[0-9a-f]{64}|[0-9a-f]{128})$/;

/** Shannon entropy in bits per character. */
export function shannonEntropy(value: string): number {
  if (value.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const char of value) counts.set(char, (counts.get(char) ?? 0) + 1);
  let entropy = 0;
  for (const count of counts.values()) {
    const p = count / value.length;
    entropy -= p * Math.log2(p);
  }
  return entropy;
}

/** Token characters; `=` only as base64 padding at the end (`a=b` inside is a key and value, not one token). */
const TOKEN_ALPHABET = /^[A-Za-z0-9+/_.~-]+={0,2}$/;

/** A long, random-looking string of token characters: what a generated secret looks like. */
export function looksHighEntropy(value: string, minLength = 20): boolean {
  if (value.length < minLength || !TOKEN_ALPHABET.test(value)) return false;
  const hasDigit = /\d/.test(value);
  const hasLetter = /[A-Za-z]/.test(value);
  return hasDigit && hasLetter && shannonEntropy(value) >= (HEX.test(value) ? MIN_HEX_ENTROPY : MIN_ENTROPY);
}

const MIN_ENTROPY = 3.5;

/**
 * A random value that happens to hold no digit, which `looksHighEntropy` asks for to keep camel-case words out: 1 in
 * 230 random 32-character base64url values has none ((54/64)^32). Only for names whose values a server issues and no
 * one writes (tickets). Camel case puts one capital before each word's small letters (`HelpdeskRequestOverview`); a
 * random value has capitals side by side, four times in 20 characters on average: two such pairs are asked for.
 */
export function looksRandomWithoutDigit(value: string, minLength = 20): boolean {
  if (value.length < minLength || !TOKEN_ALPHABET.test(value)) return false;
  return (value.match(ADJACENT_CAPITALS) ?? []).length >= 2 && /[a-z]/.test(value) && shannonEntropy(value) >= MIN_ENTROPY;
}

const ADJACENT_CAPITALS = /[A-Z](?=[A-Z])/g;

/**
 * The shortest segment `looksGeneratedSegment` takes: what a server's random token of 144 bits or more is written in
 * (Rails' `has_secure_token` writes 24 characters; most apps' link tokens are 30 to 43).
 */
export const GENERATED_SEGMENT_MIN_LENGTH = 24;

/**
 * Capitals side by side that `looksGeneratedSegment` asks for: one pair. Two (as `looksRandomWithoutDigit` asks of a
 * value without digits) missed 4 % of random 32-character base64url tokens (none or one pair in 31 positions where
 * each is a pair with probability (26/64)², Poisson mean 5.1), and a generated segment has digits and is measured
 * against a title's words besides. Measured with one pair on every labeled part, risk-logs, 16 loghub samples and
 * the public Apache log: no new finding but the labeled `/kratisi/akyrosi/<token>` of heldout28.
 */
export const GENERATED_SEGMENT_MIN_ADJACENT_CAPITALS = 1;

/**
 * A URL path segment a server generated rather than one a person wrote, whatever word comes before it: base64url of
 * `GENERATED_SEGMENT_MIN_LENGTH` or more characters with capitals side by side
 * (`GENERATED_SEGMENT_MIN_ADJACENT_CAPITALS`), most of it outside the words and short numbers a slug joins with `-` or `_`
 * (`36955-Newb-s-Guide-to-Multiboxing-…`), and that part of letters of both cases and digits: hex (content hashes, ids,
 * `Notion-API-Guide-<hex>`) has one case. Not base64 of text: a checkout link's parameters written as its path
 * (Payme's `checkout.paycom.uz/<base64 of m=…;ac.order_id=…;a=…>`) are data, random bytes never decode so.
 */
export function looksGeneratedSegment(segment: string): boolean {
  return looksGenerated(segment, GENERATED_SEGMENT_MIN_LENGTH, MIN_RANDOM_PART) && !isBase64OfText(segment);
}

/** The shortest query value `looksGeneratedValue` takes: 144 bits of base64url, what servers' shortest keys carry. */
export const GENERATED_VALUE_MIN_LENGTH = 24;

/**
 * A query parameter's value a server generated, under a name no table knows (an app's own word for its key, in its
 * language: `tulkhuur=`, `sao=`): `looksGeneratedSegment`'s test from `GENERATED_VALUE_MIN_LENGTH` characters, and not a
 * typed object id (`pi_3MtwBwLkdIwHu7ix28a3tqPa`: Stripe's ids carry their type before an underscore); or a message
 * Plug.Crypto signed or encrypted (`PLUG_MESSAGE`), dots and all.
 */
export function looksGeneratedValue(value: string): boolean {
  return (
    (looksGenerated(value, GENERATED_VALUE_MIN_LENGTH, GENERATED_VALUE_MIN_LENGTH - MIN_RANDOM_PART_SLACK) &&
      !TYPED_ID.test(value) &&
      !isBase64OfText(value)) ||
    PLUG_MESSAGE.test(value)
  );
}

/**
 * Random bytes in standard base64 with `+` or its padding (no `/`, also a path's), as generated as their base64url twin
 * (`looksGeneratedValue`): a WireGuard pre-shared key that Go's `%+v` prints, `PreSharedKey:NJ8S+jin…=`. Public keys
 * and digests are written so too (a repository's secrets key, DKIM's `bh=`): only under a name that says a secret key.
 */
export function looksGeneratedStandardBase64(value: string): boolean {
  if (value.length % 4 !== 0 || !STANDARD_BASE64_WITHOUT_SLASH.test(value) || !/[+=]/.test(value)) return false;
  // The twin decodes to the same bytes, so `looksGeneratedValue`'s test for base64 of text covers this value too.
  return looksGeneratedValue(value.replace(BASE64_PADDING, '').replaceAll('+', '-'));
}

const STANDARD_BASE64_WITHOUT_SLASH = /^[A-Za-z0-9+]+={0,2}$/;
const BASE64_PADDING = /=+$/;

/** The shortest hex `looksGeneratedHex` takes: 128 bits. */
export const GENERATED_HEX_MIN_LENGTH = 32;

/**
 * A key or session id a server generated in hex, under a name no table knows (`kliuch=0d93…`, `sesiia=5d01…`): 32 to
 * 64 hex digits of one case (128 to 256 bits, as `bin2hex(random_bytes(16))` and `secrets.token_hex()` write them),
 * random by their entropy. Hex is also every digest's and id's alphabet: callers read it only where the name is no
 * digest's or id's.
 */
export function looksGeneratedHex(value: string): boolean {
  return GENERATED_HEX.test(value) && classifySecretValue(value) !== undefined;
}

const GENERATED_HEX = new RegExp(`^(?:[0-9a-f]{${GENERATED_HEX_MIN_LENGTH},64}|[0-9A-F]{${GENERATED_HEX_MIN_LENGTH},64})$`);

/**
 * A session id PHP generates with `session.sid_bits_per_character = 5` (26 characters of `0-9a-v`, its default in
 * php.ini-production since PHP 7.1) or Django's (32 of `a-z0-9`): letters and digits of one case, random by their
 * entropy, under whatever name an app gives its session cookie (`session_name('DokuWiki')`, symfony 1's `symfony`).
 */
export function looksGeneratedSessionKey(value: string): boolean {
  return GENERATED_SESSION_KEY.test(value) && /\d/.test(value) && /[a-z]/.test(value) && classifySecretValue(value) !== undefined;
}

/** The shortest session key `looksGeneratedSessionKey` takes: PHP's 26 characters of 5 bits, 130 bits. */
export const GENERATED_SESSION_KEY_MIN_LENGTH = 26;
const GENERATED_SESSION_KEY = new RegExp(`^[0-9a-z]{${GENERATED_SESSION_KEY_MIN_LENGTH},64}$`);

/**
 * Base64 of text (`file=1223&token=…` encoded, a cursor's or a payload's JSON, a URL, words of any script) decodes to
 * UTF-8 without control characters; a random key's bytes do not (18 random bytes do about once in a million: each is
 * printable ASCII with odds of 3 in 8, and high bytes rarely form UTF-8's sequences).
 */
function isBase64OfText(value: string): boolean {
  const text = decodeBase64(value, 'utf8');
  return text.length > 0 && !text.includes(REPLACEMENT_CHARACTER) && !hasControlCharacter(text);
}

const REPLACEMENT_CHARACTER = '\uFFFD';

/** A C0 control character other than tab, line feed and carriage return, or DEL. */
function hasControlCharacter(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f) return true;
  }
  return false;
}

/** Of a generated value, what slug words and short numbers (`SLUG_PART`) may take up: a few random runs read as words. */
const MIN_RANDOM_PART_SLACK = 8;

/** An object id that names its type first (Stripe's `cus_`, `pi_`; Vercel's `prj_`): an id, not a secret. */
export const TYPED_ID = /^[a-z]{2,6}_[A-Za-z0-9]{16,}$/;

function looksGenerated(segment: string, minLength: number, minRandomPart: number): boolean {
  if (segment.length < minLength || !BASE64URL.test(segment)) return false;
  const random = segment
    .split(/[-_]/)
    .filter((part) => !SLUG_PART.test(part))
    .join('');
  return (
    random.length >= minRandomPart &&
    /[a-z]/.test(random) &&
    /[A-Z]/.test(random) &&
    /\d/.test(random) &&
    (segment.match(ADJACENT_CAPITALS) ?? []).length >= GENERATED_SEGMENT_MIN_ADJACENT_CAPITALS &&
    wordShare(segment) < MAX_WORD_SHARE &&
    classifySecretValue(segment) !== undefined
  );
}

/**
 * The share of a segment in camel-case words (a capital or none, then three small letters or more): a title written in
 * camel case (`GettingStartedWithTheNewAPIv2Release2026`) is mostly words, random base64url of 32 characters is 13% in
 * the median and under 60% in 999 of 1,000 (measured on 20,000 draws).
 */
function wordShare(segment: string): number {
  let inWords = 0;
  for (const [word] of segment.matchAll(CAMEL_CASE_WORD)) inWords += word.length;
  return inWords / segment.length;
}

const CAMEL_CASE_WORD = /[A-Z]?[a-z]{3,}/g;
const MAX_WORD_SHARE = 0.6;

const BASE64URL = /^[A-Za-z0-9_-]+$/;
/** A word (`guide`, `Guide`, `API`) or a short number of a slug. */
const SLUG_PART = /^(?:[A-Z]?[a-z]+|[A-Z]+|\d{1,6})$/;
const MIN_RANDOM_PART = GENERATED_SEGMENT_MIN_LENGTH - MIN_RANDOM_PART_SLACK;

/**
 * Hex carries 4 bits a character at most, and short random runs measure less (a GitHub OAuth code of 20, a PHP session
 * id or 128-bit token of 32): held to 3.5, 78% of random 20-character runs and 18% of 32-character ones were not called
 * random (measured on 20,000 draws each); held to 3.0, 3% and none. 3.0 still rejects runs of a few repeated digits
 * and letters (`aaaa1111…`).
 */
const MIN_HEX_ENTROPY = 3.0;
const HEX = /^(?:[0-9a-f]+|[0-9A-F]+)$/;

/** Parts of a signed compound: base64 or base64url, padding only at a part's end. */
const COMPOUND_PART = /^[A-Za-z0-9+/_-]+={0,2}$/;

/**
 * Parts joined by `:`, one of them a random token: what Django's signing writes (`<payload>:<timestamp>:<signature>`,
 * allauth's e-mail confirmation keys: https://docs.djangoproject.com/en/stable/topics/signing/) and a Tableau trusted
 * ticket (`<base64>==:<token>`), or by `--` (Rails: `RAILS_MESSAGE_SEPARATOR`). Times (`12:30:45`) and host-and-port
 * pairs have no random part.
 */
export function isSignedCompound(value: string, separator: ':' | '--' = ':'): boolean {
  const parts = value.split(separator);
  return (
    parts.length >= 2 &&
    parts.length <= 4 &&
    parts.every((part) => COMPOUND_PART.test(part)) &&
    parts.some((part) => looksHighEntropy(part))
  );
}

/** Why a value looks like a credential by its shape alone, or undefined. */
export type SecretShape = 'jwt' | 'provider-token' | 'high-entropy';

export function classifySecretValue(value: string): SecretShape | undefined {
  if (isPlaceholderValue(value) || isPathOfWords(value)) return undefined;
  if (isJwt(value)) return 'jwt';
  if (matchProviderToken(value)) return 'provider-token';
  if (
    looksHighEntropy(value) ||
    isSignedCompound(value, RAILS_MESSAGE_SEPARATOR) ||
    isCookieSignatureValue(value) ||
    IRON_SEAL.test(value) ||
    PLUG_MESSAGE.test(value)
  )
    return 'high-entropy';
  return undefined;
}

/**
 * A value signed by `cookie-signature`, as express-session and cookie-parser write signed cookies: `s:<value>.<HMAC-SHA256
 * in base64 without padding>` (https://github.com/tj/node-cookie-signature): random when the value it signs is. The
 * signature in base64url too: the frameworks that copy the format (PowerShell's Pode, `pode.sid`) encode it so as often.
 */
function isCookieSignatureValue(value: string): boolean {
  const signed = COOKIE_SIGNATURE.exec(value)?.[1];
  return signed !== undefined && looksHighEntropy(signed);
}

const COOKIE_SIGNATURE = /^s:([\w-]{16,128})\.[A-Za-z0-9+/_-]{43}$/;

/**
 * A value sealed with hapi's Iron, `Fe26.2*<password id>*<salt>*<iv>*<encrypted>*<expiration>*<hmac salt>*<hmac>`
 * (https://hapi.dev/module/iron/api/): the session cookie of hapi's cookie auth, iron-session and h3's and Nuxt's
 * `useSession`. Encrypted, yet it is the session itself: whoever replays it is signed in until it expires. Read by its
 * prefix, salt and IV; the `*` between its fields keeps it from the entropy test's alphabet.
 */
const IRON_SEAL = /^Fe26\.2\*[\w-]{0,64}\*[0-9a-f]{64}\*[\w-]{22}(?:\*|$)/;

/**
 * A message signed or encrypted by Plug.Crypto, as Phoenix writes its session cookie (`_<app>_key`) and its tokens
 * (`Phoenix.Token.sign`, the usual socket `?token=`): the protected header in base64url, `SFMyNTY` (`HS256`) or
 * `QTEyOEdDTQ` (`A128GCM`) and their kin, then the payload's and signature's parts after dots
 * (https://hexdocs.pm/plug_crypto/Plug.Crypto.MessageVerifier.html). Whoever holds it is signed in, whatever it is named.
 */
const PLUG_MESSAGE =
  /^(?:SFMyNTY|SFMzODQ|SFM1MTI|QTEyOEdDTQ|QTI1NkdDTQ|QTEyOENCQy1IUzI1Ng|QTI1NkNCQy1IUzUxMg)\.[\w-]{16,}(?:\.[\w-]{16,}){1,4}$/;

/**
 * A path of words and numbers (`/library/metadata/6232`, Plex's `key=`): base64 has `/` too, but no random value
 * splits at its slashes into lower-case words and numbers only.
 */
function isPathOfWords(value: string): boolean {
  return PATH_OF_WORDS.test(value);
}

const PATH_OF_WORDS = /^\/?(?:[a-z]+(?:[-_][a-z]+)*|\d+)(?:\/(?:[a-z]+(?:[-_][a-z]+)*|\d+))+\/?$/;

/**
 * Rails' signed and encrypted cookies and tokens join base64 parts with `--`: `<data>--<digest>` (MessageVerifier),
 * `<data>--<iv>--<auth tag>` (MessageEncryptor, Rails 5.2+ session cookies), each part padded with `=` where base64
 * pads it (https://api.rubyonrails.org/classes/ActiveSupport/MessageEncryptor.html).
 */
const RAILS_MESSAGE_SEPARATOR = '--';

/** A literal beginning of a provider token, and the character class that must follow it (regex source), if known. */
export interface ProviderTokenPrefix {
  readonly literal: string;
  readonly next: string | undefined;
}

/**
 * The literal beginnings every provider token shape can start with (`gh[pousr]_` → `ghp_`, `gho_`, …), expanded from
 * the pattern sources up to the first quantifier or range, with the class that follows when there is one
 * (`SK[0-9a-f]{32}` → `SK` then `[0-9a-f]`). Log scanners use them as a cheap prefilter, so a shape added to the
 * table is prefiltered without further edits.
 */
export function providerTokenPrefixes(): ProviderTokenPrefix[] {
  const prefixes = new Map<string, ProviderTokenPrefix>();
  for (const shape of providerTokenShapes) {
    const expanded =
      shape.prefilterLiteral === undefined ? expandLiteralPrefix(shape.pattern) : [{ literal: shape.prefilterLiteral, next: undefined }];
    for (const prefix of expanded) if (prefix.literal.length >= 2) prefixes.set(`${prefix.literal}\0${prefix.next}`, prefix);
  }
  return [...prefixes.values()].sort((a, b) => compareText(a.literal, b.literal));
}

/** Expands literal characters, escapes, `[abc]` sets and `(?:a|b)` groups of plain literals; stops at anything else. */
function expandLiteralPrefix(pattern: string): ProviderTokenPrefix[] {
  let variants = [''];
  let rest = pattern;
  while (rest.length > 0 && variants.length <= MAX_PREFIX_VARIANTS) {
    const step = /^(?:\\([.\-/])|([A-Za-z0-9_\-/:])|\[([A-Za-z0-9_]+)\]|\(\?:([A-Za-z0-9_|-]+)\))(?![?*+{])/.exec(rest);
    if (!step) break;
    const [whole, escaped, literal, set, group] = step;
    const options = (escaped ?? literal) ? [escaped ?? literal ?? ''] : set ? [...set] : (group ?? '').split('|');
    variants = variants.flatMap((variant) => options.map((option) => variant + option));
    rest = rest.slice(whole.length);
  }
  // A class required at least once (`[a-f0-9]{32}`, `[A-Za-z]+`) is what a prefix is always followed by.
  const next = /^(\[[^\]]+\])(?:\{[1-9]|\+|(?![?*{]))/.exec(rest)?.[1];
  return variants.map((variant) => ({ literal: variant, next }));
}
