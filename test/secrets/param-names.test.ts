import { describe, expect, it } from 'vitest';
import {
  classifyParamName,
  createParamNameClassifier,
  isSecretIdentifierName,
  secretParamNameEndings,
} from '../../src/secrets/param-names.js';

/** "Key" in the languages the table knows (param-names.ts `MULTILINGUAL_KEY_WORDS`), restated. */
const MULTILINGUAL_KEYS = [
  'chave',
  'xave',
  'clave',
  'cle',
  'chiave',
  'cheie',
  'klucz',
  'klic',
  'kljuc',
  'kunci',
  'khoa',
  'clau',
  'susi',
  'schluessel',
  'schlussel',
  'sleutel',
  'nyckel',
  'nokkel',
  'nogle',
  'avain',
  'kulcs',
  'anahtar',
  'anahtari',
  'ufunguo',
  'voti',
  'atslega',
  'raktas',
  'kluc',
  'allwedd',
  'gasaghebi',
  'kalit',
  'lykill',
  'acar',
  'acari',
  'kunji',
  'cavetta',
  'konci',
  'senotlolo',
  'furtuu',
  'celes',
  'celesi',
  'mabudin',
  'ekisumuluzo',
  'ukhiye',
  'chjave',
  'crae',
  'urufunguzo',
  'claf',
  'clav',
  'kilit',
  'kilita',
  'ciave',
  'llave',
  'chiavi',
  'tulkhuur',
  'tulhuur',
  'yathura',
  'furaha',
  'kachae',
  'igodo',
  'mabudi',
  'achkych',
  'kalid',
  'schlessel',
  'lykil',
  'thakkol',
  'kilil',
  'gakoa',
  'giltza',
  'acqic',
  'acqici',
  'peaha',
  'jistarana',
  'alchwez',
  'chaabi',
  'kili',
  'klyuch',
  'kluch',
  'mafteach',
  'miftah',
  'kelid',
  'banali',
  'saavi',
  'chabi',
  'kokoro',
  'eochair',
  'yawi',
  'kilt',
  'kilti',
  'khiya',
  'kaai',
  'sjleutel',
  'asqys',
  'asqysy',
  'ussi',
  'coavdda',
  'yuamsij',
  'slosilo',
  'kleidi',
] as const;

describe('classifyParamName', () => {
  it.each([
    'token',
    'access_token',
    'accessToken',
    'Access-Token',
    'id_token',
    'refresh_token',
    'jwt',
    'apikey',
    'api_key',
    'X-Api-Key',
    'client_secret',
    'password',
    'sessionid',
    'ticket',
    'otp',
    'authorization',
    'githubToken',
  ])('%s is sensitive', (name) => expect(classifyParamName(name)).toBeDefined());

  it.each([
    'pageToken',
    'nextToken',
    'continuationToken',
    'PaginationToken',
    'resumptionToken',
    'startToken',
    'cursor',
    'recaptcha_token',
    'turnstileToken',
    'token_type',
    'csrf_token',
    'X-CSRF-Token',
    'X-XSRF-TOKEN',
    'csrfmiddlewaretoken',
    'authenticity_token',
    'room',
    'page',
    'v',
    'EIO',
    'transport',
    'id',
    'user_id',
  ])('%s is not sensitive', (name) => expect(classifyParamName(name)).toBeUndefined());

  it('marks ambiguous names as needing a secret-shaped value', () => {
    for (const name of ['key', 'sig', 'session', 'pass', 'sid']) expect(classifyParamName(name)?.needsSecretValue).toBe(true);
    expect(classifyParamName('token')?.needsSecretValue).toBe(false);
  });

  it('marks tickets and one-time codes as single-use', () => {
    expect(classifyParamName('ticket')?.singleUse).toBe(true);
    expect(classifyParamName('token')?.singleUse).toBe(false);
  });

  it('recognizes identifiers that hold credentials', () => {
    for (const name of ['accessToken', 'jwt', 'idToken', 'apiKey', 'authToken']) expect(isSecretIdentifierName(name)).toBe(true);
    for (const name of ['key', 'nextPageToken', 'tokenType', 'room']) expect(isSecretIdentifierName(name)).toBe(false);
  });
});

describe('the parameter-name table, entry by entry (as query strings, headers and code spell the names)', () => {
  // [as written in a URL, header or code, the table's name, kind, needsSecretValue, singleUse]
  type Entry = [string, string, string, boolean, boolean];
  const entries: Entry[] = [
    ['token', 'token', 'token', false, false],
    ['access_token', 'accesstoken', 'token', false, false],
    ['id_token', 'idtoken', 'token', false, false],
    ['refresh_token', 'refreshtoken', 'token', false, false],
    ['authToken', 'authtoken', 'token', false, false],
    ['user_token', 'usertoken', 'token', false, false],
    ['session_token', 'sessiontoken', 'session', false, false],
    ['security-token', 'securitytoken', 'token', false, false],
    ['bearer_token', 'bearertoken', 'token', false, false],
    ['bearer', 'bearer', 'token', false, false],
    ['jwt', 'jwt', 'token', false, false],
    ['auth', 'auth', 'token', true, false],
    ['Authorization', 'authorization', 'token', false, false],
    ['oauth_token', 'oauthtoken', 'token', false, false],
    ['X-Auth-Token', 'xauthtoken', 'token', false, false],
    ['apiKey', 'apikey', 'api-key', false, false],
    ['X-API-Key', 'xapikey', 'api-key', false, false],
    ['key', 'key', 'api-key', true, false],
    ['app_key', 'appkey', 'api-key', true, false],
    ['access_key', 'accesskey', 'api-key', true, false],
    ['appid', 'appid', 'api-key', true, false],
    ['subscription-key', 'subscriptionkey', 'api-key', false, false],
    ['Ocp-Apim-Subscription-Key', 'ocpapimsubscriptionkey', 'api-key', false, false],
    ['license_key', 'licensekey', 'api-key', false, false],
    ['licence_key', 'licencekey', 'api-key', false, false],
    ['download_key', 'downloadkey', 'api-key', true, false],
    ['share_key', 'sharekey', 'api-key', true, false],
    ['client_key', 'clientkey', 'api-key', true, false],
    ['stream_key', 'streamkey', 'api-key', true, false],
    ['X-API-AUTH', 'xapiauth', 'session', false, false],
    ['rlkey', 'rlkey', 'token', true, false],
    ['x-vercel-protection-bypass', 'xvercelprotectionbypass', 'api-key', false, false],
    ['X-RapidAPI-Key', 'xrapidapikey', 'api-key', false, false],
    ['secret', 'secret', 'password', false, false],
    ['client_secret', 'clientsecret', 'password', false, false],
    ['secret_key', 'secretkey', 'password', false, false],
    ['aws_secret_access_key', 'secretaccesskey', 'password', false, false],
    ['masterKey', 'masterkey', 'password', false, false],
    ['private_key', 'privatekey', 'password', false, false],
    ['sshkey', 'sshkey', 'password', false, false],
    ['auth_key', 'authkey', 'token', false, false],
    ['sessionKey', 'sessionkey', 'session', false, false],
    ['password', 'password', 'password', false, false],
    ['passcode', 'passcode', 'password', false, false],
    ['access_code', 'accesscode', 'password', false, false],
    ['passphrase', 'passphrase', 'password', false, false],
    ['passwd', 'passwd', 'password', false, false],
    ['pwd', 'pwd', 'password', true, false],
    ['snmp_authpass', 'authpass', 'password', false, false],
    ['privPass', 'privpass', 'password', false, false],
    ['cryptopass', 'cryptopass', 'password', false, false],
    ['hmac_key', 'hmackey', 'password', false, false],
    ['pw', 'pw', 'password', true, false],
    ['remember-me', 'rememberme', 'session', true, false],
    ['CraftSessionId', 'craftsessionid', 'session', false, false],
    ['psw', 'psw', 'password', true, false],
    ['psk', 'psk', 'password', false, false],
    ['pass', 'pass', 'password', true, false],
    ['session', 'session', 'session', true, false],
    ['session_id', 'sessionid', 'session', false, false],
    ['sessid', 'sessid', 'session', false, false],
    ['PHPSESSID', 'phpsessid', 'session', false, false],
    ['JSESSIONID', 'jsessionid', 'session', false, false],
    ['connect.sid', 'connectsid', 'session', false, false],
    ['ASP.NET_SessionId', 'aspnetsessionid', 'session', false, false],
    ['laravel_session', 'laravelsession', 'session', false, false],
    ['sid', 'sid', 'session', true, false],
    ['zenid', 'zenid', 'session', false, false],
    ['osCsid', 'oscsid', 'session', false, false],
    ['osCAdminID', 'oscadminid', 'session', false, false],
    ['XTCsid', 'xtcsid', 'session', false, false],
    ['CGISESSID', 'cgisessid', 'session', false, false],
    ['passkey', 'passkey', 'token', true, false],
    ['user_key', 'userkey', 'api-key', true, false],
    ['developerKey', 'developerkey', 'api-key', false, false],
    ['wskey', 'wskey', 'api-key', false, false],
    ['tkn', 'tkn', 'token', false, false],
    ['rsskey', 'rsskey', 'token', false, false],
    ['remotepass', 'remotepass', 'password', false, false],
    ['serviceKey', 'servicekey', 'api-key', false, false],
    ['steamPublisherKey', 'publisherkey', 'api-key', false, false],
    ['X-Account-Meta-Temp-URL-Key', 'tempurlkey', 'api-key', false, false],
    ['X-Container-Meta-Temp-URL-Key-2', 'tempurlkey2', 'api-key', false, false],
    ['X-Support-Key', 'supportkey', 'api-key', false, false],
    ['adminKey', 'adminkey', 'api-key', false, false],
    ['_ZopeId', 'zopeid', 'session', false, false],
    ['pwg_id', 'pwgid', 'session', false, false],
    ['ott', 'ott', 'ticket', false, true],
    ['owt', 'owt', 'ticket', true, true],
    ['confirmation', 'confirmation', 'token', true, false],
    ['forgot', 'forgot', 'token', true, false],
    ['dwsid', 'dwsid', 'session', false, false],
    ['.ASPXAUTH', 'aspxauth', 'session', false, false],
    ['.AspNetCore.Cookies', 'aspnetcorecookies', 'session', false, false],
    ['.AspNetCore.Identity.Application', 'aspnetcoreidentityapplication', 'session', false, false],
    ['FedAuth', 'fedauth', 'session', false, false],
    ['rtFa', 'rtfa', 'session', false, false],
    ['_oauth2_proxy', 'oauth2proxy', 'session', false, false],
    ['i_like_gitea', 'ilikegitea', 'session', false, false],
    ['ezproxy', 'ezproxy', 'session', false, false],
    ['ezproxyl', 'ezproxyl', 'session', false, false],
    ['ezproxyn', 'ezproxyn', 'session', false, false],
    ['portal-prelogonuserauthcookie', 'portalprelogonuserauthcookie', 'session', false, false],
    ['portal-userauthcookie', 'portaluserauthcookie', 'session', false, false],
    ['prelogin-cookie', 'prelogincookie', 'session', false, false],
    ['authcookie', 'authcookie', 'session', false, false],
    ['sig', 'sig', 'signature', true, false],
    ['signature', 'signature', 'signature', true, false],
    ['hmac', 'hmac', 'signature', true, false],
    ['X-Amz-Signature', 'xamzsignature', 'signature', false, false],
    ['X-Amz-Security-Token', 'xamzsecuritytoken', 'aws-credential', false, false],
    ['X-Amz-Credential', 'xamzcredential', 'aws-credential', true, false],
    ['X-Goog-Signature', 'xgoogsignature', 'signature', false, false],
    ['X-Goog-Credential', 'xgoogcredential', 'aws-credential', true, false],
    ['ticket', 'ticket', 'ticket', false, true],
    ['jeton', 'jeton', 'token', false, false],
    ['parola_chiave', 'parolachiave', 'password', true, false],
    ['clave_api', 'claveapi', 'api-key', false, false],
    ['chave_api', 'chaveapi', 'api-key', false, false],
    ['xave_api', 'xaveapi', 'api-key', false, false],
    ['cle_api', 'cleapi', 'api-key', false, false],
    ['chiaveApi', 'chiaveapi', 'api-key', false, false],
    ['cheie_api', 'cheieapi', 'api-key', false, false],
    ['klucz_api', 'kluczapi', 'api-key', false, false],
    ['klic_api', 'klicapi', 'api-key', false, false],
    ['kljuc_api', 'kljucapi', 'api-key', false, false],
    ['kunci_api', 'kunciapi', 'api-key', false, false],
    ['clau_api', 'clauapi', 'api-key', false, false],
    ['susi_api', 'susiapi', 'api-key', false, false],
    ['ufunguo_api', 'ufunguoapi', 'api-key', false, false],
    ['allwedd_api', 'allweddapi', 'api-key', false, false],
    ['cavetta_api', 'cavettaapi', 'api-key', false, false],
    ['konci_api', 'konciapi', 'api-key', false, false],
    ['senotlolo_api', 'senotloloapi', 'api-key', false, false],
    ['furtuu_api', 'furtuuapi', 'api-key', false, false],
    ['celes_api', 'celesapi', 'api-key', false, false],
    ['celesi_api', 'celesiapi', 'api-key', false, false],
    ['mabudin_api', 'mabudinapi', 'api-key', false, false],
    ['ekisumuluzo_api', 'ekisumuluzoapi', 'api-key', false, false],
    ['ukhiye_api', 'ukhiyeapi', 'api-key', false, false],
    ['chjave_api', 'chjaveapi', 'api-key', false, false],
    ['crae_api', 'craeapi', 'api-key', false, false],
    ['urufunguzo_api', 'urufunguzoapi', 'api-key', false, false],
    ['claf_api', 'clafapi', 'api-key', false, false],
    ['clav_api', 'clavapi', 'api-key', false, false],
    ['kilit_api', 'kilitapi', 'api-key', false, false],
    ['kilita_api', 'kilitaapi', 'api-key', false, false],
    ['ciave_api', 'ciaveapi', 'api-key', false, false],
    ['llave_api', 'llaveapi', 'api-key', false, false],
    ['chiavi_api', 'chiaviapi', 'api-key', false, false],
    ['eochair_api', 'eochairapi', 'api-key', false, false],
    ['yawi_api', 'yawiapi', 'api-key', false, false],
    ['api_ki', 'apiki', 'api-key', false, false],
    // "Key" of every language after "API" (`api_kljuc`, `MARINA_API_KLJUC`, `X-Api-Kalit`): no other key.
    ...MULTILINGUAL_KEYS.map((word): Entry => [`api_${word}`, `api${word}`, 'api-key', false, false]),
    ['tokeni', 'tokeni', 'token', false, false],
    ...(['zheton', 'zeton', 'zetons', 'asimon'] as const).map((name): Entry => [name, name, 'token', true, false]),
    ['token_hash', 'tokenhash', 'token', false, false],
    ['authorization_code_value', 'authorizationcodevalue', 'token', false, false],
    ['access_token_value', 'accesstokenvalue', 'token', false, false],
    ['refresh_token_value', 'refreshtokenvalue', 'token', false, false],
    ['oidc_id_token_value', 'oidcidtokenvalue', 'token', false, false],
    ['device_code_value', 'devicecodevalue', 'token', false, false],
    ['auth_tkt', 'authtkt', 'session', false, false],
    ['token_api', 'tokenapi', 'token', false, false],
    ['ws_ticket', 'wsticket', 'ticket', false, true],
    ['otp', 'otp', 'otp', false, true],
    ['one_time_token', 'onetimetoken', 'ticket', false, true],
    ['singleUseToken', 'singleusetoken', 'ticket', false, true],
    ['handoff_token', 'handofftoken', 'ticket', false, true],
    ['joinToken', 'jointoken', 'ticket', false, true],
    ['download_token', 'downloadtoken', 'ticket', false, true],
    ['one_time_code', 'onetimecode', 'otp', false, true],
    ['SAMLart', 'samlart', 'ticket', false, true],
    ['sesame', 'sesame', 'token', false, false],
    ['oobCode', 'oobcode', 'token', false, false],
    ['code', 'code', 'oauth-code', true, true],
    ['header', 'header', 'appsync-header', true, false],
    ['X-Partner-Key', 'partnerkey', 'api-key', false, false],
    ['__Host-hs_sess', 'sess', 'session', true, false],
    ['merchant_key', 'merchantkey', 'api-key', false, false],
    ['deploy_key', 'deploykey', 'api-key', false, false],
    ['AccountKey', 'accountkey', 'api-key', false, false],
    ['customer_key', 'customerkey', 'api-key', false, false],
    ['integration_key', 'integrationkey', 'api-key', false, false],
    // "Password", "session" and "key" in other languages.
    ...(
      [
        ['senha', 'senha'],
        ['palavra_passe', 'palavrapasse'],
        ['contrasena', 'contrasena'],
        ['mot_de_passe', 'motdepasse'],
        ['Passwort', 'passwort'],
        ['Kennwort', 'kennwort'],
        ['wachtwoord', 'wachtwoord'],
        ['passord', 'passord'],
        ['losenord', 'losenord'],
        ['adgangskode', 'adgangskode'],
        ['salasana', 'salasana'],
        ['haslo', 'haslo'],
        ['heslo', 'heslo'],
        ['sifre', 'sifre'],
        ['contrasenya', 'contrasenya'],
        ['kodeord', 'kodeord'],
        ['jelszo', 'jelszo'],
        ['lozinka', 'lozinka'],
        ['geslo', 'geslo'],
        ['parool', 'parool'],
        ['slaptazodis', 'slaptazodis'],
        ['kata_sandi', 'katasandi'],
        ['kata_laluan', 'katalaluan'],
        ['mat_khau', 'matkhau'],
        ['nenosiri', 'nenosiri'],
        ['cyfrinair', 'cyfrinair'],
        ['paroli', 'paroli'],
        ['lykilord', 'lykilord'],
        ['kecap_sandi', 'kecapsandi'],
        ['lefoko_la_sephiri', 'lefokolasephiri'],
        ['jecha_darbii', 'jechadarbii'],
        ['ekigambo_ky_ekyama', 'ekigambokyekyama'],
        ['olelo_huna', 'olelohuna'],
        ['ijamboRyibanga', 'ijamboryibanga'],
        ['lefoko_sephiri', 'lefokosephiri'],
        ['peraule_claf', 'perauleclaf'],
        ['peraule_segrete', 'peraulesegrete'],
        ['senhal', 'senhal'],
        ['wachtwurd', 'wachtwurd'],
        ['wachwaord', 'wachwaord'],
      ] as const
    ).map(([written, name]): Entry => [written, name, 'password', false, false]),
    ...(
      [
        'parola',
        'parole',
        'parol',
        'sandi',
        'sifra',
        'sisma',
        'ramzobur',
        'gaghtnabar',
        'kadavuchol',
        'qupiyasoz',
        'oroasina',
        'iphasiwedi',
        'fjalekalim',
        'pasahitza',
        'contrasinal',
        'pasfhocal',
        'yeyilefqal',
        'wagwoord',
        'nuutsug',
        'peaksamngat',
        'murapadaya',
        'eraygasirta',
        'guptashabda',
        'lahatphan',
        'zagawhet',
        'patnoom',
        'okwuntughe',
        'kalmarsirri',
        'syrsoz',
        'acarsoz',
        'passwuert',
        'loyniord',
        'kelmasigrieta',
        'guptapada',
        'sandhi',
        'guptosobdo',
        'sersuz',
        'patnum',
        'leafakapulipuli',
        'kontrasenias',
        'kontrasenia',
        'vosavuni',
        'neenemi',
        'imataru',
        'gertremen',
        'raazlafz',
        'beassansatni',
        'pasvorto',
        'loluszais',
      ] as const
    ).map((name): Entry => [name, name, 'password', true, false]),
    ['token_auth', 'tokenauth', 'token', false, false],
    ['delegation', 'delegation', 'token', true, false],
    ['creds', 'creds', 'password', true, false],
    ['cred', 'cred', 'password', true, false],
    ['auth_code', 'authcode', 'oauth-code', true, true],
    ['code_verifier', 'codeverifier', 'oauth-code', true, true],
    ['beegosessionID', 'beegosessionid', 'session', false, false],
    ['beaker.session.id', 'beakersessionid', 'session', false, false],
    ['gfsessionid', 'gfsessionid', 'session', false, false],
    ['PVEAuthCookie', 'pveauthcookie', 'session', false, false],
    ['vncticket', 'vncticket', 'ticket', false, true],
    ['khoa_api', 'khoaapi', 'api-key', false, false],
    ...(
      [
        'credentials',
        'credenciales',
        'credenciais',
        'credenziali',
        'credentiale',
        'identifiants',
        'Zugangsdaten',
        'inloggegevens',
        'kimlik_bilgileri',
        'basic_auth',
      ] as const
    ).map((written): Entry => [written, written.toLowerCase().replace('_', ''), 'password', true, false]),
    ...(
      [
        'sessao',
        'sesion',
        'sessione',
        'sesiune',
        'sitzung',
        'sessie',
        'sesja',
        'sesija',
        'sessiya',
        'munkamenet',
        'istunto',
        'oturum',
        'sesi',
        'sesiuni',
        'phien',
        'sessio',
        'seanss',
        'sessioon',
        'kikao',
        'relacia',
        'sesiwn',
        'sesia',
        'seans',
        'sesiya',
        'amarvu',
        'sessjoni',
        'sasiya',
        'satra',
        'sessioun',
        'saioa',
        'seisiun',
        'setzung',
        'sesaun',
        'sitzungs',
        'setzungs',
        'sesyon',
        'dalch',
        'sesje',
        'sesio',
        'seanco',
        'sesshon',
        'sesyeon',
      ] as const
    ).flatMap((name): Entry[] => [
      [name, name, 'session', true, false],
      [`${name}_id`, `${name}id`, 'session', true, false],
    ]),
    ...MULTILINGUAL_KEYS.map((name): Entry => [name, name, 'api-key', true, false]),
    ...(['geheim', 'secreto', 'segredo', 'segreto', 'sekret', 'rahasia', 'saidumlo', 'maxfiy', 'gizli'] as const).map((name): Entry => [
      name,
      name,
      'password',
      true,
      false,
    ]),
    ...(
      [
        'bilet',
        'bileti',
        'biljett',
        'billett',
        'billet',
        'biglietto',
        'billete',
        'bilhete',
        'tiket',
        'jegy',
        'lippu',
        'bitllet',
        'pilet',
        'tiketi',
        'propusnica',
        'tocyn',
        'bilete',
        'kaartjie',
        'tikeeti',
        'kartis',
        'tadhkira',
        'karcis',
        'tikeetii',
        'belit',
        'cheettu',
        'tasalbar',
        'tikata',
        'tikat',
        'tigidh',
        'tikiti',
        'thikiti',
        'ithikithi',
        'ticead',
        'txartela',
        'tikite',
        'tiked',
        'bigliettu',
        'itike',
        'biliet',
        'bilhet',
        'biyet',
        'liscik',
        'thikhithi',
        'bilietas',
        'bilets',
        'bileta',
        'bileahtta',
        'bileto',
        'bilieto',
        'tike',
        'tiocaid',
        'chipta',
        'kvytok',
        'vstupenka',
        'jizdenka',
        'vstopnica',
        'chiketto',
        'tapakila',
        'tikit',
        'daimpib',
      ] as const
    ).map((name): Entry => [name, name, 'ticket', true, true]),
  ];

  it.each(entries)(
    '%s is the entry %s (%s, needs a secret value: %s, single-use: %s)',
    (written, name, kind, needsSecretValue, singleUse) => {
      expect(classifyParamName(written)).toEqual({ name, kind, needsSecretValue, singleUse });
    },
  );

  it('lists every name of the table among the endings a log prefilter looks for, sorted and without repeats', () => {
    const endings = secretParamNameEndings();
    expect(endings).toEqual([...new Set(endings)].sort());
    for (const [, name] of entries) expect(endings).toContain(name);
    for (const suffix of ['accesstoken', 'token', 'apikey', 'secret', 'password', 'jwt', 'session', 'ticket'])
      expect(endings).toContain(suffix);
    expect(endings).toHaveLength(entries.length);
  });

  it('reads login cookies named by their beginning, whose rest is a hash of the site (WordPress, Laravel)', () => {
    for (const written of [
      'wordpress_logged_in_5c5e70d5dac5521557755ea44c81957b',
      'wordpress_sec_5c5e70d5dac5521557755ea44c81957b',
      'remember_web_59ba36addc2b2f9401580f014c7f58ea4e30989d',
    ])
      expect(classifyParamName(written), written).toEqual({
        name: 'logincookie',
        kind: 'session',
        needsSecretValue: false,
        singleUse: false,
      });
    expect(classifyParamName('wordpress_test_cookie')).toBeUndefined();
  });

  it("reads an express-session cookie under an app's name (`<app>.sid`) as a session, with a secret value only", () => {
    expect(classifyParamName('trilium.sid')).toEqual({ name: 'sid', kind: 'session', needsSecretValue: true, singleUse: false });
    expect(classifyParamName('my.app.sid')).toBeUndefined();
  });

  it('reads an abbreviated or ambiguous password word ending a longer name after a separator or a capital', () => {
    for (const [name, word] of [
      ['portal_pass', 'pwd'],
      ['SMTP_PASS', 'pwd'],
      ['adminPass', 'pwd'],
      ['api_parol', 'parol'],
      ['tarazy_acarsoz', 'acarsoz'],
      ['vosa_vuni', 'vosavuni'],
      ['member_vosa_vuni', 'vosavuni'],
      ['user-lea-faka-pulipuli', 'leafakapulipuli'],
    ] as const)
      expect(classifyParamName(name), name).toMatchObject({ name: word, kind: 'password', needsSecretValue: true });
    // Written together, the ending is another word.
    for (const name of ['bypass', 'compass', 'mpass', 'apiparol']) expect(classifyParamName(name), name).toBeUndefined();
  });

  it('reads a name ending in the encoding of its value (`_B64`, `Base64`) as the name without it', () => {
    expect(classifyParamName('B2_CREDS_B64')).toEqual(classifyParamName('B2_CREDS'));
    expect(classifyParamName('KEYSTORE_PASSWORD_BASE64')).toMatchObject({ kind: 'password', needsSecretValue: false });
    expect(classifyParamName('accessTokenB64')).toMatchObject({ name: 'accesstoken' });
    expect(classifyParamName('image_b64')).toBeUndefined();
    expect(classifyParamName('b64')).toBeUndefined();
  });

  it('reads a name ending in session as a session cookie of Rails or Laravel, with a secret value only', () => {
    for (const written of ['_shop_session', 'orders_session', 'ci_session'])
      expect(classifyParamName(written)).toEqual({ name: 'session', kind: 'session', needsSecretValue: true, singleUse: false });
  });

  it.each([
    // A longer name ending in a secret word gets that word's entry: the longest word first (accesstoken before token).
    ['githubToken', 'token', 'token'],
    ['userAccessToken', 'accesstoken', 'token'],
    ['stripe_api_key', 'apikey', 'api-key'],
    ['webhookSecret', 'secret', 'password'],
    ['adminPassword', 'password', 'password'],
    ['firebaseJwt', 'jwt', 'token'],
    ['aws_secret_key', 'secretkey', 'password'],
    ['dsfSessionKey', 'sessionkey', 'session'],
    ['X-Auth-Key', 'authkey', 'token'],
    ['ASPSESSID', 'sessid', 'session'],
  ])('%s ends in a secret word: the entry %s (%s)', (written, name, kind) => {
    expect(classifyParamName(written)).toEqual({ name, kind, needsSecretValue: false, singleUse: false });
  });

  it.each([
    'cursor_token',
    'nextPageToken',
    'captcha_token',
    'recaptchaToken',
    'h-captcha-token',
    'token_type_hint',
    'xsrf_token',
    'authenticity_token',
    'syncToken',
    'YII_CSRF_TOKEN',
    'SYNCHRONIZER_TOKEN',
    'app_csrf_token',
    'X-Portal-XSRF-Token',
  ])('%s ends in "token" but names no credential', (name) => expect(classifyParamName(name)).toBeUndefined());

  it.each(['moderatorPW', 'attendeePW', 'db_pw', 'adminPwd', 'smtp-pwd', 'wlanpwd', 'rootpasswd', 'MYSQL_ROOTPWD'])(
    '%s: a password named for its holder, abbreviated, is a password with a secret-shaped value only',
    (written) => expect(classifyParamName(written)).toEqual({ name: 'pwd', kind: 'password', needsSecretValue: true, singleUse: false }),
  );

  it.each(['branch', 'tag'])('%s (SIP: a transaction or a dialog id) is no credential', (name) =>
    expect(classifyParamName(name)).toBeUndefined(),
  );

  it.each(['idempotency_gasaghebi', 'cache_kalit', 'public_schluessel'])(
    '%s: a key of no credential in another language is none',
    (written) => expect(classifyParamName(written)).toBeUndefined(),
  );

  it.each(['station_key', 'tenantKey', 'X-Gateway-Key', 'STATION_KEY', 'routing_key', 'primaryKey', 'vessel-track-key'])(
    '%s: a key named for its holder or what it opens is a key, with a secret-shaped value only',
    (written) => {
      expect(classifyParamName(written)).toEqual({ name: 'key', kind: 'api-key', needsSecretValue: true, singleUse: false });
      expect(isSecretIdentifierName(written)).toBe(false);
    },
  );

  it.each([
    'cache_key',
    'sortKey',
    'partition-key',
    'idempotency_key',
    'Idempotency-Key',
    'public_key',
    'sitekey',
    'siteKey',
    'signature_key',
    'UNIQ_KEY',
    'qfKey',
    'monkey',
    'hockey',
    'key_2',
  ])('%s: a key of a store, a message or a public one, or no key at all, names no credential', (written) =>
    expect(classifyParamName(written)).toBeUndefined(),
  );

  it('names a ticket or a one-time code in a query string, but not as an identifier that holds a credential', () => {
    expect(isSecretIdentifierName('ticket')).toBe(false);
    expect(isSecretIdentifierName('wsTicket')).toBe(false);
    expect(isSecretIdentifierName('sessionToken')).toBe(true);
    expect(isSecretIdentifierName('X-Amz-Security-Token')).toBe(true);
    expect(isSecretIdentifierName('signature')).toBe(false);
  });
});

describe('createParamNameClassifier', () => {
  it('without configured names is the shared table itself', () => {
    const names = createParamNameClassifier();
    expect(names.classify).toBe(classifyParamName);
    expect(names.isSecretIdentifier).toBe(isSecretIdentifierName);
    expect(createParamNameClassifier([]).classify).toBe(classifyParamName);
  });

  it('adds configured names as reusable tokens, normalized, before the shared table', () => {
    const names = createParamNameClassifier(['X-Tenant-Key', 'sig']);
    const tenantKey = { name: 'xtenantkey', kind: 'token', needsSecretValue: false, singleUse: false };
    expect(names.classify('x_tenant_key')).toEqual(tenantKey);
    expect(names.classify('XTenantKey')).toEqual(tenantKey);
    // A configured name overrides the table's caution: `sig` no longer needs a secret-shaped value.
    expect(names.classify('sig')).toEqual({ name: 'sig', kind: 'token', needsSecretValue: false, singleUse: false });
    expect(names.classify('access_token')).toEqual(classifyParamName('access_token'));
    expect(names.classify('room')).toBeUndefined();
  });

  it('treats configured names as identifiers that hold credentials, alongside the built-in ones', () => {
    const names = createParamNameClassifier(['tenantKey']);
    expect(names.isSecretIdentifier('tenant_key')).toBe(true);
    expect(names.isSecretIdentifier('accessToken')).toBe(true);
    expect(names.isSecretIdentifier('room')).toBe(false);
    expect(names.isSecretIdentifier('key')).toBe(false);
  });
});
