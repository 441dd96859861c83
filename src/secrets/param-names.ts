/**
 * Query-parameter (and property) names that carry credentials, shared by the code engine and the log scanner.
 * Names are compared after normalization: lower case, `-`, `_`, `.` and spaces removed, so `access_token`,
 * `accessToken`, `Access-Token` and `access.token` are one name.
 */
export type SecretKind =
  'token' | 'api-key' | 'password' | 'session' | 'signature' | 'ticket' | 'otp' | 'oauth-code' | 'aws-credential' | 'appsync-header';

export interface SecretParamName {
  readonly name: string;
  readonly kind: SecretKind;
  /**
   * Names that are also used for non-secrets (`key`, `sig`, `session`, `pass`): only a dynamic or
   * secret-shaped value makes them a finding.
   */
  readonly needsSecretValue: boolean;
  /** Tickets and one-time codes are meant to be used once: a second use in logs is a replay. */
  readonly singleUse: boolean;
}

type Row = readonly [name: string, kind: SecretKind, needsSecretValue?: boolean, singleUse?: boolean];

/**
 * "Password", "session", "key", "secret" and "ticket" in other languages than English, normalized (lower case, no
 * accents, no separators), as apps written in them name their parameters, cookies and fields (see their rows in
 * `table`). Besides the words Django's own translations give (django/contrib/auth/locale/<lang>/LC_MESSAGES/django.po),
 * the translations tables of Wiktionary's entries: https://en.wiktionary.org/wiki/password#Translations,
 * https://en.wiktionary.org/wiki/session#Translations, https://en.wiktionary.org/wiki/key#Translations,
 * https://en.wiktionary.org/wiki/secret#Translations and https://en.wiktionary.org/wiki/ticket#Translations.
 */
export const MULTILINGUAL_PASSWORD_WORDS = [
  'senha',
  'palavrapasse',
  'contrasena',
  'contrasenya',
  'motdepasse',
  'passwort',
  'kennwort',
  'wachtwoord',
  'passord',
  'losenord',
  'adgangskode',
  'kodeord',
  'salasana',
  // Swahili `nenosiri`, Welsh `cyfrinair`.
  'nenosiri',
  'cyfrinair',
  'haslo',
  'heslo',
  'jelszo',
  'lozinka',
  'geslo',
  'parool',
  'slaptazodis',
  'sifre',
  'katasandi',
  'katalaluan',
  'matkhau',
  // Georgian `paroli` (პაროლი), Icelandic `lykilorð` as URLs write it, Sundanese `kecap sandi`.
  'paroli',
  'lykilord',
  'kecapsandi',
  // Sesotho and Tswana `lefoko la sephiri`, Oromo `jecha darbii`, Luganda `ekigambo ky'ekyama`.
  'lefokolasephiri',
  'jechadarbii',
  'ekigambokyekyama',
  // Hawaiian `ʻōlelo huna`, Kirundi and Kinyarwanda `ijambo ry'ibanga`.
  'olelohuna',
  'ijamboryibanga',
  // Tswana written without `la` (`lefoko sephiri`), Friulian `peraule clâf` and `peraule segrete`, Occitan `senhal`.
  'lefokosephiri',
  'perauleclaf',
  'peraulesegrete',
  'senhal',
  // West Frisian `wachtwurd`, Limburgish `wachwaord`.
  'wachtwurd',
  'wachwaord',
] as const;
/**
 * "Password" that is also another word (Italian `parola`, "word", is Romanian and Turkish for "password"; Latvian
 * `parole` is French for "speech"; Russian `пароль` is written `parol`; Indonesian `sandi`, short for `kata sandi`, is
 * also a name): only with a secret-shaped value, and never the end of a longer name.
 */
/**
 * Words that are "password" in one language and another word in some other (`parole`), or that name a code as often
 * (Serbian and Croatian `šifra`), and the transliterations the words of other scripts get in URLs: only with a value
 * shaped like a password. Hebrew `sisma` (סיסמה), Persian `ramz obur` (رمز عبور), Armenian `gaghtnabar` (գաղտնաբառ),
 * Tamil `kadavuchol` (கடவுச்சொல்), Kazakh `qupiya soz` (құпия сөз), Yoruba `ọ̀rọ̀ aṣínà`, Zulu `iphasiwedi`, Albanian
 * `fjalëkalim`, Basque `pasahitza`, Galician `contrasinal`, Irish `pasfhocal`, Amharic `yeyilef qal` (የይለፍ ቃል),
 * Afrikaans `wagwoord`.
 */
const AMBIGUOUS_PASSWORD_WORDS = [
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
  // Mongolian `nuuts ug` (нууц үг), Khmer `peak samngat` (ពាក្យសម្ងាត់), Sinhala `murapadaya` (මුරපදය), Somali
  // `erayga sirta`, Nepali `gupta shabda` (गुप्त शब्द), Lao `lahat phan` (ລະຫັດຜ່ານ), Burmese `zagawhet` (စကားဝှက်), Pashto
  // `patnoom` (پټنوم), Igbo `okwuntughe`, Hausa `kalmar sirri`, Kyrgyz `syrsoz` (сырсөз), Turkmen `açarsöz`,
  // Luxembourgish `Passwuert`, Faroese `loyniorð`, Maltese `kelma sigrieta`, Kannada `guptapada`, as URLs write them.
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
  // Javanese `sandhi` (also a term of grammar), Assamese `guptosobdo` (গুপ্তশব্দ), Tatar `sersüz`, Pashto `patnum` (پټنوم,
  // as `patnoom` above, another way URLs write it).
  'sandhi',
  'guptosobdo',
  'sersuz',
  'patnum',
  // Tongan `lea fakapulipuli` ("secret word"), Ilocano `kontrasenias` (from Spanish), Fijian `vosa vuni` ("hidden
  // word"), Guarani `ñe'ẽñemi`, Aymara `imat aru`, Breton `ger-tremen`, Sindhi `raaz lafz` (راز لفظ), as URLs write them.
  'leafakapulipuli',
  'vosavuni',
  'neenemi',
  'imataru',
  'gertremen',
  'raazlafz',
  'kontrasenias',
  'kontrasenia',
  // Northern Sami `beassansátni`, Esperanto `pasvorto`, Hmong `lo lus zais`, as URLs write them.
  'beassansatni',
  'pasvorto',
  'loluszais',
] as const;
const MULTILINGUAL_SESSION_WORDS = [
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
  // Estonian `seanss` and `sessioon`, Swahili `kikao`, Slovak `relacia`, Welsh `sesiwn`.
  'seanss',
  'sessioon',
  'kikao',
  'relacia',
  'sesiwn',
  // Georgian `sesia` (სესია), Uzbek and Russian `seans` (сеанс), Bulgarian and Kazakh `sesiya` (сесия), Tamil
  // `amarvu` (அமர்வு).
  'sesia',
  'seans',
  'sesiya',
  'amarvu',
  // Maltese `sessjoni`, Sinhala `sasiya` (සැසිය), Nepali `satra` (सत्र), Luxembourgish `Sessioun`, Basque `saioa`, Irish
  // `seisiún`.
  'sessjoni',
  'sasiya',
  'satra',
  'sessioun',
  'saioa',
  'seisiun',
  // Luxembourgish `Sëtzung`, Tetum `sesaun`, and German's and Luxembourgish's linking `s` before `ID` (`Sitzungs-ID`).
  'setzung',
  'sesaun',
  'sitzungs',
  'setzungs',
  // Ilocano `sesyon`, Breton `dalc'h`, West Frisian `sesje`.
  'sesyon',
  'dalch',
  'sesje',
  // Esperanto `sesio` and `seanco`, Japanese `sesshon` (セッション), Korean `sesyeon` (세션), as URLs write them.
  'sesio',
  'seanco',
  'sesshon',
  'sesyeon',
] as const;
/**
 * "Key" in the languages that put it before "API" (`clave_api`: Portuguese, Spanish, French, Italian, Romanian, Polish,
 * Czech, Croatian, Indonesian, Vietnamese `khóa`, Catalan `clau`, Tagalog `susi`, Swahili `ufunguo`, Welsh `allwedd`).
 */
const KEY_FIRST_WORDS = [
  'chave',
  // Tetum `xave` (from Portuguese `chave`: `xave_api`).
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
  'ufunguo',
  'allwedd',
  // Maltese `ċavetta` (`ċavetta_api`), Sundanese `konci`, Sesotho and Tswana `senotlolo`, Oromo `furtuu`, Albanian
  // `çelës` and `çelësi` (`çelësi_api`), Hausa `mabuɗin` ("key of": `mabudin_api`), Luganda `ekisumuluzo`, Zulu
  // `ukhiye`.
  'cavetta',
  'konci',
  'senotlolo',
  'furtuu',
  'celes',
  'celesi',
  'mabudin',
  'ekisumuluzo',
  'ukhiye',
  // Corsican `chjave` (`chjave_api`), Sardinian `crae`, Kirundi `urufunguzo`.
  'chjave',
  'crae',
  'urufunguzo',
  // Friulian `clâf` (`claf_api`), Romansh `clav`, Kurmanji `kilît` and `kilîta` ("key of": `kilita_api`).
  'claf',
  'clav',
  'kilit',
  'kilita',
  // Ligurian `ciave` (Genoese, DEIZE: `unna ciave`, "a key": https://conseggio-ligure.org/en/dictionary/deize), and
  // `llave`, Spanish's and Asturian's word for a key of a lock, which apps also name theirs by (`llave_api`).
  'ciave',
  'llave',
  // Sicilian `chiavi` (`chiavi_api`, `chiavi_sociu`), Irish (and Manx, as apps write it) `eochair` (`eochair_api`).
  'chiavi',
  'eochair',
  // Waray and Cebuano `yawi` (`api_yawi`, `yawi_api`).
  'yawi',
] as const;
/** And in languages that put it after (`API-Schlüssel`, `api_anahtari`: German, Dutch, Nordic, Finnish, Hungarian, Turkish). */
const MULTILINGUAL_KEY_WORDS = [
  ...KEY_FIRST_WORDS,
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
  // Estonian `võti` (`api_võti`, `ligipääsuvõti`), Latvian `atslēga`, Lithuanian `raktas`, Slovak `kľúč`.
  'voti',
  'atslega',
  'raktas',
  'kluc',
  // Georgian `gasaghebi` (გასაღები), Uzbek `kalit`, Icelandic `lykill` (`api_lykill`, `maxfiy_kalit`), Azerbaijani
  // `açar` (`api_açarı`), Hindi `kunji` (कुंजी) as URLs write them.
  'gasaghebi',
  'kalit',
  'lykill',
  'acar',
  'acari',
  'kunji',
  // Russian and Bulgarian `klyuch` (ключ), Macedonian `kluch` (клуч), Hebrew `mafteach` (מפתח), Arabic `miftah`
  // (مفتاح), Persian `kelid` (کلید), Armenian `banali` (բանալի), Tamil `saavi` (சாவி), Bengali `chabi` (চাবি),
  // Yoruba `kọ́kọ́rọ́`, Zulu `ukhiye`, Kazakh `kilt` (кілт, `api_kilti`), as URLs write them.
  'klyuch',
  'kluch',
  'mafteach',
  'miftah',
  'kelid',
  'banali',
  'saavi',
  'chabi',
  'kokoro',
  'kilt',
  'kilti',
  // Mongolian `tülkhüür` (түлхүүр), Sinhala `yathura` (යතුර), Somali `furaha`, Lao `kachae` (ກະແຈ), Igbo `igodo`, Hausa
  // `mabudi`, Kyrgyz `achkych` (ачкыч), Tajik `kalid` (калид), Luxembourgish `Schlëssel`, Faroese `lykil`, Malayalam
  // `thakkol` (താക്കോൽ), Kurdish `kilîl`, as URLs write them.
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
  // Basque `gakoa` and `giltza` (`API_gakoa`), Tatar `açqıç` (`API açqıçı`), as URLs write them.
  'gakoa',
  'giltza',
  'acqic',
  'acqici',
  // Guarani `peaha`, Aymara `jistarana`, Breton `alc'hwez`, Sindhi `chaabi` (چابي), as URLs write them.
  'peaha',
  'jistarana',
  'alchwez',
  'chaabi',
  // Pashto `kili` (کیلي), West Frisian `kaai`, Limburgish `sjleutel` (Dutch `sleutel`: `api_sjleutel`).
  'kili',
  'kaai',
  'sjleutel',
  // Xitsonga `khiya` (plural `makhiya`/`swikhiya`, from English "key"), as a compound's end too (`NKANYI_KHIYA`).
  'khiya',
  // Bashkir `asqys` (асҡыс, "API asqysy" with its possessive ending), Chuvash `ussi` (уҫҫи), Northern Sami `čoavdda`,
  // Hmong `yuam sij`, Esperanto `ŝlosilo`, Greek `kleidi` (κλειδί), as URLs write them.
  'asqys',
  'asqysy',
  'ussi',
  'coavdda',
  'yuamsij',
  'slosilo',
  'kleidi',
] as const;
/**
 * "Secret" (German and Dutch `geheim`, Spanish `secreto`, Portuguese `segredo`, Italian `segreto`, Polish `sekret`,
 * Indonesian `rahasia`, Georgian `saidumlo`, Uzbek `maxfiy`, Azerbaijani `gizli`).
 */
const MULTILINGUAL_SECRET_WORDS = ['geheim', 'secreto', 'segredo', 'segreto', 'sekret', 'rahasia', 'saidumlo', 'maxfiy', 'gizli'] as const;
/**
 * "Credentials" (a user and password pair, often base64 as for Basic authentication: `?credentials=dXNlcjpwYXNz`,
 * `X-Credenciales: …`): English, Spanish `credenciales`, Portuguese `credenciais`, Italian `credenziali`, Romanian
 * `credentiale`, French `identifiants`, German `Zugangsdaten`, Dutch `inloggegevens`, Turkish `kimlik_bilgileri`, and
 * a stored Basic credential (`basic_auth`). Only with a secret-shaped value: `credentials=include` is a fetch option.
 */
const CREDENTIALS_WORDS = [
  'credentials',
  'credenciales',
  'credenciais',
  'credenziali',
  'credentiale',
  'identifiants',
  'zugangsdaten',
  'inloggegevens',
  'kimlikbilgileri',
  'basicauth',
] as const;
/**
 * "Ticket" (Polish, Turkish, Romanian and Russian `bilet`, Turkish `bileti` ending a compound, Swedish `biljett`,
 * Norwegian `billett`, Danish and French `billet`, Italian `biglietto`, Spanish `billete`, Portuguese `bilhete`,
 * Indonesian and Malay `tiket`, Hungarian `jegy` ending compounds as `letöltési_jegy`, Finnish `lippu`, Catalan
 * `bitllet`): like
 * `ticket`, single-use.
 */
const MULTILINGUAL_TICKET_WORDS = [
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
  // Estonian `pilet`, Swahili `tiketi` (`tiketi_moja`, "single ticket", names it first), Croatian and Serbian
  // `propusnica` (a pass: `jednokratna_propusnica`, "one-time pass"), Welsh `tocyn` (`tocyn_unwaith`).
  'pilet',
  'tiketi',
  'propusnica',
  'tocyn',
  // Latvian `biļete`, Afrikaans `kaartjie`, Yoruba `tikẹ́ẹ̀tì`, Hebrew `kartis` (כרטיס), Arabic `tadhkira` (تذكرة),
  // Persian `belit` (بلیت), Tamil `cheettu` (சீட்டு), as URLs write them.
  'bilete',
  'kaartjie',
  'tikeeti',
  'kartis',
  'tadhkira',
  // Indonesian, Javanese and Sundanese `karcis`, Oromo `tikeetii`.
  'karcis',
  'tikeetii',
  'belit',
  'cheettu',
  // Mongolian `tasalbar` (тасалбар), Sinhala `tikata` (ටිකට්), Nepali `tikat` (टिकट), Somali `tigidh`, Hausa and
  // Luganda `tikiti`, Xitsonga `thikiti`, Zulu `ithikithi`.
  'tasalbar',
  'tikata',
  'tikat',
  'tigidh',
  'tikiti',
  'thikiti',
  'ithikithi',
  // Irish `ticéad`, Basque `txartela` (`sarrera_txartela`, an entry ticket).
  'ticead',
  'txartela',
  // Tongan `tikite`, Breton `tiked`, Corsican `bigliettu`, Kirundi `itike`.
  'tikite',
  'tiked',
  'bigliettu',
  'itike',
  // Friulian `biliet`, Occitan `bilhet`, Walloon `biyet`.
  'biliet',
  'bilhet',
  'biyet',
  // Upper Sorbian `lisćik` (`?liscik=`), Tshivenḓa `thikhithi`.
  'liscik',
  'thikhithi',
  // Lithuanian `bilietas`, Latgalian `bilets`, Albanian `bileta`, Northern Sami `bileahtta`, Esperanto `bileto`, Ido
  // `bilieto`, Haitian Creole `tikè`, Scottish Gaelic `tiocaid`, Uzbek and Tajik `chipta` (чипта), Ukrainian `kvytok`
  // (квиток), Czech `vstupenka` and `jízdenka`, Slovenian `vstopnica`, Japanese `chiketto` (チケット), Malagasy
  // `tapakila`, Bengali `tikit` (টিকিট), Hmong `daim pib`, as URLs write them.
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
] as const;

const table: readonly Row[] = [
  ['token', 'token'],
  // French for "token" (`?jeton=…` in the routes of apps written in French).
  ['jeton', 'token'],
  // Georgian `tokeni` (ტოკენი), also ending compounds (`refresh_tokeni`).
  ['tokeni', 'token'],
  // "Token" as a word of its own elsewhere: Russian and Kazakh `zheton` (жетон), Slovenian, Croatian and Polish
  // `žeton`/`żeton`, Latvian `žetons`, Hebrew `asimon` (אסימון): only with a secret-shaped value (a `zeton` may count
  // a game's chips).
  ['zheton', 'token', true],
  ['zeton', 'token', true],
  ['zetons', 'token', true],
  ['asimon', 'token', true],
  // Supabase Auth's e-mail links (`/auth/confirm?token_hash=…&type=recovery`): whoever reads the link holds the login.
  // Only in a query (`QUERY_ONLY_CREDENTIAL_NAME`).
  ['tokenhash', 'token'],
  // The columns Spring Authorization Server keeps issued tokens and codes in (`oauth2_authorization`), as SQL logs
  // (P6Spy, Hibernate) print them: https://github.com/spring-projects/spring-authorization-server/blob/main/oauth2-authorization-server/src/main/resources/org/springframework/security/oauth2/server/authorization/oauth2-authorization-schema.sql
  ['authorizationcodevalue', 'token'],
  ['accesstokenvalue', 'token'],
  ['refreshtokenvalue', 'token'],
  ['oidcidtokenvalue', 'token'],
  ['devicecodevalue', 'token'],
  ['accesstoken', 'token'],
  ['idtoken', 'token'],
  ['refreshtoken', 'token'],
  ['authtoken', 'token'],
  ['usertoken', 'token'],
  ['sessiontoken', 'session'],
  ['securitytoken', 'token'],
  ['bearertoken', 'token'],
  ['bearer', 'token'],
  ['jwt', 'token'],
  // "Token" abbreviated (`?tkn=`, `query: { tkn }`: a socket.io client's handshake query, a login link's).
  ['tkn', 'token'],
  // Also a mode or a setting's name in printed objects (`"auth": "anonymous"`, `"auth":"oauth2-proxy"`): only with a
  // dynamic or secret-shaped value (Docker's `"auth": "<base64>"`, Firebase's `?auth=<token>`).
  ['auth', 'token', true],
  ['authorization', 'token'],
  // Proxmox VE's login cookie and console ticket (`PVE:user@realm:…`, `PVEVNC:…`: their values hold colons and
  // slashes, so the name alone decides), https://pve.proxmox.com/wiki/Proxmox_VE_API#Authentication.
  ['pveauthcookie', 'session'],
  // The signed login ticket of Apache's mod_auth_tkt, which Pyramid's AuthTktAuthenticationPolicy also sets as its
  // cookie (`auth_tkt="<digest><userid>!…"`): whoever holds it is signed in until it times out
  // (https://docs.pylonsproject.org/projects/pyramid/en/latest/api/authentication.html).
  ['authtkt', 'session'],
  ['vncticket', 'ticket', false, true],
  // Matomo's API key (`index.php?module=API&…&token_auth=`, https://developer.matomo.org/api-reference/reporting-api).
  ['tokenauth', 'token'],
  // Hadoop's delegation token as WebHDFS, HttpFS and Knox take it in the query (`?op=OPEN&delegation=<token>`,
  // https://hadoop.apache.org/docs/stable/hadoop-project-dist/hadoop-hdfs/WebHDFS.html#Delegation_Token_Authentication);
  // also a plain word, so only with a secret-shaped value.
  ['delegation', 'token', true],
  ['oauthtoken', 'token'],
  ['xauthtoken', 'token'],
  // Joplin Server's session header (`X-API-AUTH: <session id>`, what its clients and API scripts send).
  ['xapiauth', 'session'],
  ['apikey', 'api-key'],
  ['xapikey', 'api-key'],
  // Bislama `api ki` ("API key"): `ki` alone is too short a word to read as a key anywhere else.
  ['apiki', 'api-key'],
  ['key', 'api-key', true],
  // "Key" likewise in other languages (`MULTILINGUAL_KEY_WORDS`): as ambiguous as `key`, so only with a
  // secret-shaped value.
  ...MULTILINGUAL_KEY_WORDS.map((word): Row => [word, 'api-key', true]),
  // After "API" it is no other key (`api_kalit`, `X-Api-Schluessel`, Croatian `api_ključ`, an env file's
  // `MARINA_API_KLJUC`: key-first languages write both orders): a name as clear as `api_key`.
  ...MULTILINGUAL_KEY_WORDS.map((word): Row => [`api${word}`, 'api-key']),
  ['appkey', 'api-key', true],
  // Vendor-less API keys under the names APIs use: AWS-style and IP geolocation `access_key`, OpenWeather `appid`,
  // Azure API Management `subscription-key` and its header, RapidAPI's header.
  ['accesskey', 'api-key', true],
  ['appid', 'api-key', true],
  ['subscriptionkey', 'api-key'],
  // MaxMind's GeoIP download key (https://dev.maxmind.com/geoip/updating-databases/#directly-downloading-databases).
  ['licensekey', 'api-key'],
  // British spelling, as UK apps name it.
  ['licencekey', 'api-key'],
  // Keys that open one download or one shared item by URL (a vendor's `download_key`, a board's `share_key`): the key
  // is the permission. Only with a secret-shaped value.
  ['downloadkey', 'api-key', true],
  ['sharekey', 'api-key', true],
  // A client's key sent as a query parameter (`client_key=`, WordPress REST plugins, TikTok's and other OAuth APIs).
  ['clientkey', 'api-key', true],
  // A live stream's key, which lets whoever holds it publish to the channel (YouTube's and Twitch's "stream key"), in an
  // ingest or relay URL's query (`?stream_key=…`; RTMP URLs carry it in their path: `RTMP_STREAM_KEY`).
  ['streamkey', 'api-key', true],
  // Dropbox's shared links carry their key in `rlkey=` since 2022: the link opens nothing without it
  // (https://help.dropbox.com/share/create-and-view-links).
  ['rlkey', 'token', true],
  // Vercel's Protection Bypass for Automation secret, as a query parameter or header
  // (https://vercel.com/docs/deployment-protection/methods-to-bypass-deployment-protection/protection-bypass-automation).
  ['xvercelprotectionbypass', 'api-key'],
  ['ocpapimsubscriptionkey', 'api-key'],
  ['xrapidapikey', 'api-key'],
  ['secret', 'password'],
  // "Secret" in other languages: also an adjective ("secret route"), so only with a secret-shaped value.
  ...MULTILINGUAL_SECRET_WORDS.map((word): Row => [word, 'password', true]),
  ...CREDENTIALS_WORDS.map((word): Row => [word, 'password', true]),
  // "Credentials" abbreviated (`?cred=<base64 user:password>`), likewise only with a secret-shaped value.
  ['creds', 'password', true],
  ['cred', 'password', true],
  ['clientsecret', 'password'],
  // Keys named for what they unlock, unlike `key` alone (`sortKey`, `cacheKey`): AWS's and Django's `secret_key`,
  // Rails' and Meilisearch's master key, a private key, Cloudflare's `X-Auth-Key` (its Global API Key:
  // https://developers.cloudflare.com/fundamentals/api/get-started/keys/), and a session key (Django's
  // `session_key`, Duet Software Framework's `sessionKey` in its socket URL).
  ['secretkey', 'password'],
  // The secret half of an AWS key pair (`aws_secret_access_key`, STS's `SecretAccessKey`), whose ID is no secret.
  ['secretaccesskey', 'password'],
  ['masterkey', 'password'],
  ['privatekey', 'password'],
  // An SSH private key, base64 in a URL: go-getter's `?sshkey=` (Nomad's and Terraform's artifact sources,
  // https://github.com/hashicorp/go-getter#git-git).
  ['sshkey', 'password'],
  ['authkey', 'token'],
  ['sessionkey', 'session'],
  // A private BitTorrent tracker's per-user key in every announce URL (`/announce.php?passkey=`): whoever has it
  // downloads and uploads as that user. With a secret-shaped value only: code names WebAuthn's passkeys so too.
  ['passkey', 'token', true],
  // A private tracker's per-user key in its RSS feed's URL (`/rss.php?…&rsskey=`), as Radarr, Sonarr and Prowlarr fetch it.
  ['rsskey', 'token'],
  // 3scale's API key parameter (https://docs.redhat.com/en/documentation/red_hat_3scale_api_management/) and Google
  // APIs' legacy `developerKey` (the client libraries' name for an API key).
  ['userkey', 'api-key', true],
  ['developerkey', 'api-key'],
  // The API key parameter of Europeana's APIs (https://pro.europeana.eu/page/apis) and of OCLC's WorldCat Search API.
  ['wskey', 'api-key'],
  // offlineimap's repository password option (https://www.offlineimap.org/doc/offlineimap.html), given on the command
  // line as `-k Repository <name>:remotepass=…` and echoed in the debug log's `Args:` line.
  ['remotepass', 'password'],
  // Keys named for the party they authenticate, as partner and payment APIs name them: a partner's `X-Partner-Key`, a
  // payment gateway's `merchant_key` (PayU, Paytm: https://docs.payu.in/docs/generate-test-merchant-key-and-salt), a
  // package registry's `deploy_key`, Azure Storage's `AccountKey` (its connection strings:
  // https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string), a `customer_key`, an
  // incident tool's `integration_key` (PagerDuty's Events API routing key).
  ['partnerkey', 'api-key'],
  ['merchantkey', 'api-key'],
  ['deploykey', 'api-key'],
  ['accountkey', 'api-key'],
  ['customerkey', 'api-key'],
  ['integrationkey', 'api-key'],
  // Korea's public data portal (data.go.kr) and the APIs behind it take their key as `serviceKey`.
  ['servicekey', 'api-key'],
  // Steam's Publisher Web API key (`steamPublisherKey`: https://partner.steamgames.com/doc/webapi_overview/auth), a
  // support desk's `X-Support-Key`, an admin key: keys that unlock something by themselves. Not `publishableKey`,
  // `publicKey`, `siteKey`: public by design.
  ['publisherkey', 'api-key'],
  // OpenStack Swift's TempURL keys (`X-Account-Meta-Temp-URL-Key`, `X-Container-Meta-Temp-URL-Key-2`): whoever has one
  // signs URLs to any object (https://docs.openstack.org/swift/latest/api/temporary_url_middleware.html).
  ['tempurlkey', 'api-key'],
  ['tempurlkey2', 'api-key'],
  ['supportkey', 'api-key'],
  ['adminkey', 'api-key'],
  // Strapi's e-mail confirmation link (`/api/auth/email-confirmation?confirmation=<token>`): only a secret-shaped
  // value, as the word names other things.
  ['confirmation', 'token', true],
  // FreePBX UCP's password-reset link (`/ucp/?forgot=<token>`), and the same under the word alone elsewhere: only a
  // secret-shaped value (`forgot=1` is a form's flag).
  ['forgot', 'token', true],
  ['password', 'password'],
  // A meeting's, a room's or a door's passcode (Zoom renamed its meeting passwords so), and the passphrase of a key or
  // of a payment gateway's signature (PayFast's `passphrase`, https://developers.payfast.co.za/docs#step_2_signature).
  ['passcode', 'password'],
  ['passphrase', 'password'],
  // A device's or a door's access code: Bambu Lab printers' LAN-mode password (`access_code`, eight digits on the
  // printer's screen, https://wiki.bambulab.com/en/knowledge-sharing/enable-lan-mode), a gate's or a locker's code.
  ['accesscode', 'password'],
  // "Password" in the languages apps are written in, as their forms and JSON bodies name the field: Portuguese `senha`
  // and (Portugal) `palavra_passe`, Spanish `contrasena`, Catalan `contrasenya`, French `mot_de_passe`, German
  // `passwort` and `kennwort`, Dutch `wachtwoord`, Norwegian `passord`, Swedish `losenord`, Danish `adgangskode` and
  // `kodeord`, Finnish `salasana`, Polish `haslo`, Czech and Slovak `heslo`, Hungarian `jelszo`, Croatian, Serbian and
  // Bosnian `lozinka`, Slovenian `geslo`, Estonian `parool`, Lithuanian `slaptazodis`, Turkish `sifre`, Indonesian
  // `kata_sandi`, Malay `kata_laluan`, Vietnamese `mat_khau`. Written without accents, as code names them.
  ...MULTILINGUAL_PASSWORD_WORDS.map((word): Row => [word, 'password']),
  ...AMBIGUOUS_PASSWORD_WORDS.map((word): Row => [word, 'password', true]),
  // Italian `parola chiave` ("password", also "keyword" of a search): only with a secret-shaped value.
  ['parolachiave', 'password', true],
  // "API key" and "API token" in the word order of Spanish, Portuguese, Italian, French, Romanian, Polish and others
  // (`clave_api`, `chiave_api`, `klucz_api`, `token_api`).
  ...KEY_FIRST_WORDS.map((word): Row => [`${word}api`, 'api-key']),
  ['tokenapi', 'token'],
  ['passwd', 'password'],
  ['pwd', 'password', true],
  // `pw` (old PHP forms' `?pw=`; BigBlueButton's `moderatorPW` and `attendeePW`, meetings' passwords:
  // https://docs.bigbluebutton.org/development/api/#create): only with a secret-shaped value.
  ['pw', 'password', true],
  // `psw`, as SMS gateways' HTTP APIs name the account's password (smsc.kz and smsc.ru: `send.php?login=…&psw=…`,
  // https://smsc.kz/api/http/): only with a secret-shaped value.
  ['psw', 'password', true],
  // A Wi-Fi network's pre-shared key, its password (wpa_supplicant's `psk="…"`, a device's JSON config `"psk":"…"`,
  // https://w1.fi/cgit/hostap/plain/wpa_supplicant/wpa_supplicant.conf).
  ['psk', 'password'],
  // SNMPv3's authentication and privacy passphrases as monitoring tools name a device's (net-snmp's `-A`/`-X`,
  // Observium's and LibreNMS's `authpass`/`cryptopass`, `privpass`: https://docs.librenms.org/Support/Device-Auto-Discovery/).
  ['authpass', 'password'],
  ['privpass', 'password'],
  ['cryptopass', 'password'],
  // An HMAC's key, which signs (a session cookie, a webhook): a secret, unlike a key that only names something. Not
  // `signingkey`: git's `user.signingkey` names a GPG key by its id.
  ['hmackey', 'password'],
  ['pass', 'password', true],
  ['session', 'session', true],
  // A persistent login cookie: Spring Security's `remember-me` (base64 of user, expiry and signature, or a series and
  // token, https://docs.spring.io/spring-security/reference/servlet/authentication/rememberme.html) under an app's
  // prefix too (`oc-remember-me`). Login forms post `remember_me=1` as a flag: only with a secret-shaped value.
  ['rememberme', 'session', true],
  // "Session" likewise (Portuguese `sessao`, Spanish `sesion`, German `sitzung`, Dutch `sessie`): like `session`, only
  // with a secret-shaped value.
  ...MULTILINGUAL_SESSION_WORDS.map((word): Row => [word, 'session', true]),
  ['sessionid', 'session'],
  // Craft CMS's session cookie (https://craftcms.com/docs/4.x/config/general.html#phpsessionname).
  ['craftsessionid', 'session'],
  // A session's id named in another language (`sesi_id`, `sesja_id`): only with a secret-shaped value.
  ...MULTILINGUAL_SESSION_WORDS.map((word): Row => [`${word}id`, 'session', true]),
  ['sessid', 'session'],
  // `sess` as session cookies abbreviate it (`__Host-hs_sess`, `ci_sess`): only with a secret-shaped value.
  ['sess', 'session', true],
  ['phpsessid', 'session'],
  ['jsessionid', 'session'],
  // Beego's session cookie (`beegosessionID`, the default of its `SessionName` setting: https://github.com/beego/beego).
  ['beegosessionid', 'session'],
  // Beaker's session cookie (`beaker.session.id`, the default `key` of its SessionMiddleware), which Pylons, TurboGears
  // and Pyramid apps use (https://beaker.readthedocs.io/en/latest/configuration.html).
  ['beakersessionid', 'session'],
  // GoFrame's session id, its cookie's and its query parameter's default name (`SessionIdName`,
  // https://goframe.org/docs/web/http-session).
  ['gfsessionid', 'session'],
  // Session cookies of express-session (`connect.sid`; other apps' `<app>.sid`: `classifyAppSessionCookie`), ASP.NET
  // and Laravel, as loggers print a Cookie header.
  ['connectsid', 'session'],
  ['aspnetsessionid', 'session'],
  ['laravelsession', 'session'],
  ['sid', 'session', true],
  // Session names of PHP shops, which append the session to every link for visitors without cookies (PHP's
  // use_trans_sid: https://www.php.net/manual/en/session.idpassing.php): Zen Cart's `zenid`
  // (https://docs.zen-cart.com/user/admin_pages/configuration/configuration_sessions/), osCommerce's `osCsid` and its
  // admin's `osCAdminID` (https://apps.oscommerce.com/po86b), xt:Commerce's `XTCsid`.
  ['zenid', 'session'],
  ['oscsid', 'session'],
  ['oscadminid', 'session'],
  ['xtcsid', 'session'],
  // Perl's CGI::Session, which Koha's OPAC and other CGI apps append to links as `CGISESSID=`
  // (https://metacpan.org/pod/CGI::Session#name).
  ['cgisessid', 'session'],
  // Zope's and Plone's browser id manager (`_ZopeId`), in links for visitors without cookies.
  ['zopeid', 'session'],
  // Piwigo's session cookie, `pwg_id` (its `session_name`, include/common.inc.php of https://github.com/Piwigo/Piwigo),
  // which its web service also takes in the query.
  ['pwgid', 'session'],
  // Salesforce Commerce Cloud's session cookie (https://help.salesforce.com/s/articleView?id=cc.b2c_cookies.htm); its
  // kin `dwsecuretoken_<hash>` ends in token.
  ['dwsid', 'session'],
  // ASP.NET's forms-authentication and ASP.NET Core's authentication cookies: a login, as a Cookie or Set-Cookie dump
  // prints them (https://learn.microsoft.com/en-us/aspnet/core/security/authentication/cookie).
  ['aspxauth', 'session'],
  ['aspnetcorecookies', 'session'],
  // ASP.NET Core Identity's login cookie (https://learn.microsoft.com/en-us/aspnet/core/security/authentication/identity-configuration#cookie-settings).
  ['aspnetcoreidentityapplication', 'session'],
  // SharePoint's login cookies: `FedAuth` (claims authentication) and SharePoint Online's `rtFa`
  // (https://learn.microsoft.com/en-us/sharepoint/dev/general-development/remote-authentication-in-sharepoint-online-using-claims-based-authentication).
  ['fedauth', 'session'],
  ['rtfa', 'session'],
  // oauth2-proxy's session cookie (https://oauth2-proxy.github.io/oauth2-proxy/configuration/overview#cookie-options).
  ['oauth2proxy', 'session'],
  // Gitea's session cookie, `i_like_gitea` by default (https://docs.gitea.com/administration/config-cheat-sheet#session-session).
  ['ilikegitea', 'session'],
  // EZproxy's session cookie, `ezproxy` by default, and the copies EZproxy 7 sets for browsers' SameSite rules
  // (https://help.oclc.org/Library_Management/EZproxy/Configure_resources/Option_Cookie): a library patron's login to
  // every licensed database behind the proxy.
  ['ezproxy', 'session'],
  ['ezproxyl', 'session'],
  ['ezproxyn', 'session'],
  // GlobalProtect's VPN logins: the portal's and gateway's auth cookies, and the SAML prelogin cookie, as its client
  // (PanGPS.log) and openconnect print them (https://www.infradead.org/openconnect/globalprotect.html).
  ['authcookie', 'session'],
  ['portaluserauthcookie', 'session'],
  ['portalprelogonuserauthcookie', 'session'],
  ['prelogincookie', 'session'],
  ['sig', 'signature', true],
  ['signature', 'signature', true],
  // The HMAC of token authentication schemes (Akamai's `__token__=st=…~exp=…~hmac=…`).
  ['hmac', 'signature', true],
  ['xamzsignature', 'signature'],
  ['xamzsecuritytoken', 'aws-credential'],
  ['xamzcredential', 'aws-credential', true],
  ['xgoogsignature', 'signature'],
  ['xgoogcredential', 'aws-credential', true],
  ['ticket', 'ticket', false, true],
  // "Ticket" in other languages: only with a secret-shaped value (a Polish `bilet=` may number a seat).
  ...MULTILINGUAL_TICKET_WORDS.map((word): Row => [word, 'ticket', true, true]),
  ['wsticket', 'ticket', false, true],
  ['otp', 'otp', false, true],
  // Named single-use: a second use is a replay, as for a ticket.
  ['onetimetoken', 'ticket', false, true],
  // `ott`: the usual short name of a one-time token (Spring Security's one-time-token login, `?ott=`).
  ['ott', 'ticket', false, true],
  // `owt`: OpenWebAuth's one-time token, with which a Fediverse server (Hubzilla, Friendica, Streams) signs a visitor
  // from another server in (`?owt=…`, exchanged once for a session,
  // https://codeberg.org/fediverse/fep/src/branch/main/fep/61cf/fep-61cf.md): only with a secret-shaped value.
  ['owt', 'ticket', true, true],
  ['singleusetoken', 'ticket', false, true],
  // Tokens named for a one-time action, which the server exchanges once: a handoff of a signed-in session to another
  // client (app → web), a seat in a call, one download of a file. A second use from elsewhere is a replay.
  ['handofftoken', 'ticket', false, true],
  ['jointoken', 'ticket', false, true],
  ['downloadtoken', 'ticket', false, true],
  ['onetimecode', 'otp', false, true],
  // A SAML artifact: a reference to the assertion, which the service provider resolves once (SAML 2.0 Bindings §3.6.4:
  // single use by spec).
  ['samlart', 'ticket', false, true],
  // django-sesame's login token in a magic link (https://django-sesame.readthedocs.io/en/stable/howto.html).
  ['sesame', 'token'],
  // Firebase Auth's out-of-band code in its action links (resetPassword, signIn by e-mail link, verifyEmail,
  // recoverEmail): whoever holds it performs the action, until it is used or expires
  // (https://firebase.google.com/docs/auth/custom-email-handler).
  ['oobcode', 'token'],
  // An OAuth authorization code (RFC 6749 §4.1.2): single-use and short-lived, but exchangeable by whoever reads it
  // first. `code` means many other things: only with a secret-shaped value, beside `state` or on a callback path.
  ['code', 'oauth-code', true, true],
  // Alipay's name for it (`/callback?app_id=…&scope=auth_user&auth_code=…&state=…`,
  // https://opendocs.alipay.com/open/284/web): likewise.
  ['authcode', 'oauth-code', true, true],
  // PKCE's `code_verifier` (RFC 7636 §4.5), sent with the code in the token request: it redeems that one code and
  // nothing else, so it is as short-lived and single-use as the code, and judged beside it likewise.
  ['codeverifier', 'oauth-code', true, true],
  ['header', 'appsync-header', true],
];

/** Names that look sensitive but never carry a credential (pagination cursors, token metadata, CSRF field names). */
const notSecret = new Set([
  // SIP's header parameters (`Via: …;branch=z9hG4bK…`, `From: <sip:…>;tag=…`, RFC 3261 §8.1.1.7, §19.3): a transaction's
  // and a dialog's ids, random by design, after a `;` as a cookie's would be.
  'branch',
  'tag',
  'pagetoken',
  'nextpagetoken',
  'nexttoken',
  'continuationtoken',
  'paginationtoken',
  'resumptiontoken',
  'starttoken',
  'cursortoken',
  'cursor',
  // Proofs that a human solved a challenge, checked once by the captcha provider: not a credential for anything.
  'captchatoken',
  'recaptchatoken',
  'hcaptchatoken',
  'turnstiletoken',
  'tokentype',
  'tokentypehint',
  // CSRF fields and headers (Django, Rails, Angular, Laravel): tied to a session cookie, worthless without it.
  'csrftoken',
  'csrf',
  'xsrftoken',
  'xcsrftoken',
  'xxsrftoken',
  'csrfmiddlewaretoken',
  'authenticitytoken',
  // Atlassian's XSRF token on Jira and Confluence forms (https://developer.atlassian.com/server/jira/platform/form-token-handling/).
  'atltoken',
  // Drupal's, phpBB's and XWiki's CSRF field (`form_token`, https://www.drupal.org/docs/drupal-apis/form-api).
  'formtoken',
  // ASP.NET Core's antiforgery field (https://learn.microsoft.com/en-us/aspnet/core/security/anti-request-forgery).
  'requestverificationtoken',
  // Grails' form token against double submission (`useToken`: `SYNCHRONIZER_TOKEN`, beside `SYNCHRONIZER_URI`,
  // https://docs.grails.org/latest/guide/theWebLayer.html#formtokens).
  'synchronizertoken',
  'synctoken',
  // RADIUS's CHAP-Password: the CHAP id and the MD5 response to the server's challenge, not the password
  // (https://www.rfc-editor.org/rfc/rfc2865#section-5.3).
  'chappassword',
  // Ids of a room or conversation that some APIs call a token (Nextcloud Talk's conversation token): they name the
  // resource; the caller authenticates apart.
  'conversationtoken',
  'roomtoken',
  'expiresin',
  // A .NET assembly's strong name (`PublicKeyToken=b77a5c561934e089` in a type's assembly-qualified name, printed by
  // every .NET exception): the last 8 bytes of the SHA-1 of its public key, public by design
  // (https://learn.microsoft.com/en-us/dotnet/standard/assembly/strong-named).
  'publickeytoken',
  // MyBB's CSRF field (`my_post_key`, a hash of the user's login key, `generate_post_check()` of MyBB's
  // inc/functions.php), as its error log's `print_r` of `$mybb->input` prints it.
  'mypostkey',
  'keyid',
  'kid',
  'sortkey',
  'partitionkey',
  'keyword',
  'keywords',
]);

const byName = new Map<string, SecretParamName>(
  table.map(([name, kind, needsSecretValue = false, singleUse = false]) => [name, { name, kind, needsSecretValue, singleUse }]),
);

export function normalizeParamName(name: string): string {
  return name.toLowerCase().replace(/[-_.\s[\]]/g, '');
}

/**
 * Names that are no credential only as written, since normalizing drops what tells them apart: Laravel's CSRF field
 * `_token` (https://laravel.com/docs/csrf) is `token` without its underscore, and Contao's form field `REQUEST_TOKEN`
 * (https://docs.contao.org/dev/framework/request-tokens/) is what Kite Connect's OAuth redirect calls `request_token`.
 */
const notSecretAsWritten = new Set(['_token', 'REQUEST_TOKEN']);

/** A name known to hold no credential (a cursor, a CSRF field, a token's type): its value need not be read at all. */
export function isKnownNonSecretName(name: string): boolean {
  return notSecretAsWritten.has(name) || notSecret.has(normalizeParamName(name));
}

/**
 * Endings of names that say "token" or "key" of what is no credential: an idempotency key a client sends so that a
 * retried request is not performed twice (Stripe's `Idempotency-Key`, https://docs.stripe.com/api/idempotent_requests;
 * Twilio's `I-Twilio-Idempotency-Token`, https://www.twilio.com/docs/usage/webhooks/webhooks-connection-overrides), and
 * a CSRF token under a framework's or an app's name (Yii's `YII_CSRF_TOKEN`, `app_csrf_token`,
 * https://www.yiiframework.com/doc/guide/1.1/en/topics.security#cross-site-request-forgery-prevention), or under the
 * name of what it protects against (Plesk's `forgery_protection_token`, an `antiforgery_token`).
 */
const NOT_SECRET_ENDINGS = [
  'idempotencykey',
  'idempotencytoken',
  // Zotero's write token, a client's random id for one write so that a retry is not applied twice
  // (https://www.zotero.org/support/dev/web_api/v3/write_requests).
  'zoterowritetoken',
  'csrftoken',
  'xsrftoken',
  // Kallithea's CSRF field (`_session_csrf_secret_token`, `session_csrf_secret_name` of kallithea/lib/helpers.py).
  'csrfsecrettoken',
  'forgeryprotectiontoken',
  'antiforgerytoken',
];

/** The table entry for a parameter name, or undefined when the name does not suggest a credential. */
export function classifyParamName(name: string): SecretParamName | undefined {
  if (notSecretAsWritten.has(name)) return undefined;
  const normalized = normalizeParamName(name);
  if (notSecret.has(normalized) || NOT_SECRET_ENDINGS.some((ending) => normalized.endsWith(ending))) return undefined;
  const listed = byName.get(normalized);
  // A name the table lists is what the table says (RTMP's `stream_key`), whatever its words.
  if (listed !== undefined) return listed;
  if (namesKeyOfNoCredential(name)) return undefined;
  return (
    classifyBySuffix(normalized) ??
    classifyByPrefix(normalized) ??
    classifyCompoundKeyName(name) ??
    classifyCompoundPasswordName(name) ??
    classifyCapitalSessionName(name) ??
    classifyAppSessionCookie(name) ??
    classifyEncodedName(name) ??
    (isSessionIdWithInstance(name) ? INSTANCE_SESSION : undefined)
  );
}

/**
 * A key named for its holder or for what it opens, `key` the last word (`station_key`, `tenantKey`, `X-Gateway-Key`,
 * PagerDuty's `routing_key`, https://developer.pagerduty.com/docs/events-api-v2/trigger-events/, Azure's `primaryKey`):
 * like `key`, only with a secret-shaped value. A key of no credential (`namesKeyOfNoCredential`) is turned away before.
 * Measured on the log corpus: 8 labels more on 55 parts.
 */
function classifyCompoundKeyName(name: string): SecretParamName | undefined {
  const words = wordsOf(name);
  if (words.length < 2 || words.at(-1) !== 'key') return undefined;
  return /^\d+$/.test(words.at(-2) ?? '') ? undefined : NAMED_KEY;
}

/**
 * A key of a store, a cache, an index, a message, a form or a request's identity, whose digests and random ids have a
 * key's shape, or a key public by design (`KEY_OF_NO_CREDENTIAL`), in English or in another language's word for key
 * (`cache_key`, `idempotency_gasaghebi`: Georgian "keys", a MySQL binlog's column in heldout35). The false positives
 * the English compound met (a callback's `signature_key`, RocketMQ's `UNIQ_KEY`, CiviCRM's `qfKey`) are among them.
 */
function namesKeyOfNoCredential(name: string): boolean {
  const words = wordsOf(name);
  return words.length >= 2 && KEY_WORDS.has(words.at(-1) ?? '') && KEY_OF_NO_CREDENTIAL.has(words.at(-2) ?? '');
}

const KEY_WORDS: ReadonlySet<string> = new Set(['key', ...MULTILINGUAL_KEY_WORDS]);

/**
 * A password named for its holder, abbreviated (`moderatorPW`, `db_pw`, `adminPwd`, `smtp_pwd`, `portal_pass`), or in a
 * word that is "password" in one language and another word in some other (`api_parol`, Turkmen `tarazy_açarsöz`):
 * like `pwd` and those words, only with a secret-shaped value. Only as the last word of the name, after a separator or
 * a capital: written together (`bypass`, `compass`), the ending is another word.
 */
function classifyCompoundPasswordName(name: string): SecretParamName | undefined {
  const words = wordsOf(name);
  const last = words.at(-1) ?? '';
  // No word of a language ends in `pwd` or `passwd`: written together (moOde's `wlanpwd`, `rootpasswd`), they still do.
  if (UNSPLIT_PASSWORD_ABBREVIATIONS.some((ending) => last.endsWith(ending) && last.length > ending.length)) return byName.get('pwd');
  if (words.length < 2) return undefined;
  if (last === 'pass' && PASS_OF_NO_CREDENTIAL.has(words.at(-2) ?? '')) return undefined;
  if (PASSWORD_ABBREVIATIONS.has(last)) return byName.get('pwd');
  // A word of the table may be written as several (`vosa_vuni`, Fijian "secret word").
  for (let count = 1; count < words.length && count <= MAX_WORDS_OF_PASSWORD; count += 1) {
    const joined = words.slice(-count).join('');
    if (AMBIGUOUS_PASSWORD_SET.has(joined)) return byName.get(joined);
  }
  return undefined;
}

const PASSWORD_ABBREVIATIONS: ReadonlySet<string> = new Set(['pw', 'pwd', 'pass']);
const UNSPLIT_PASSWORD_ABBREVIATIONS = ['pwd', 'passwd'];
/**
 * The word before `pass` in names of a pass that is a ticket or a document (`ski_pass`, `boarding_pass`), or a step of
 * some work (`render_pass`, `second_pass`), whose codes have a password's shape.
 */
const PASS_OF_NO_CREDENTIAL: ReadonlySet<string> = new Set([
  ...['ski', 'lift', 'season', 'day', 'week', 'month', 'year', 'annual', 'boarding', 'bus', 'rail', 'train', 'transit'],
  ...['metro', 'travel', 'hall', 'guest', 'visitor', 'event', 'festival', 'parking', 'gym', 'museum', 'park', 'vip'],
  ...['press', 'backstage', 'wallet', 'apple', 'google', 'digital', 'mobile', 'health', 'green', 'covid', 'vaccine'],
  ...['first', 'second', 'third', 'last', 'next', 'single', 'multi', 'render', 'shader', 'build', 'test', 'compile'],
]);
const AMBIGUOUS_PASSWORD_SET: ReadonlySet<string> = new Set(AMBIGUOUS_PASSWORD_WORDS);
/** The most words an ambiguous password word is written as (Tongan `lea_faka_pulipuli`, Hausa `kalmar_sirri`). */
const MAX_WORDS_OF_PASSWORD = 3;

/** A name's words: split at separators and where a capital follows a small letter or a digit, in lower case. */
function wordsOf(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s_.-]+/)
    .filter((word) => word !== '');
}

/** The word before `key` in names of keys that open nothing: storage and index keys, messages, forms, public keys. */
const KEY_OF_NO_CREDENTIAL: ReadonlySet<string> = new Set([
  // Stores, caches and indexes: a row's, an object's or an entry's name.
  ...['cache', 'sort', 'partition', 'range', 'hash', 'shard', 'row', 'foreign', 'unique', 'composite', 'index', 'lookup'],
  ...['map', 'group', 'dedup', 'dedupe', 'deduplication', 'object', 'file', 'image', 'upload', 's3', 'storage', 'bucket'],
  ...['blob', 'store', 'redis', 'registry', 'column', 'field', 'table', 'db', 'lock', 'mutex'],
  // Positions, settings and content: a name chosen by the app.
  ...['cursor', 'page', 'continuation', 'resume', 'state', 'config', 'setting', 'settings', 'template', 'translation'],
  ...['i18n', 'locale', 'lang', 'label', 'name', 'type', 'kind', 'mode', 'version', 'feature', 'flag', 'experiment'],
  ...['variant', 'entity', 'item', 'record', 'resource', 'task', 'job', 'queue', 'topic', 'stream', 'event', 'message'],
  ...['request', 'trace', 'correlation', 'transaction', 'order', 'filter', 'search', 'node', 'cluster', 'idempotency'],
  // A message's own key (RocketMQ's `UNIQ_KEY`) and a form's state key (CiviCRM's QuickForm `qfKey`).
  ...['uniq', 'msg', 'form', 'qf'],
  ...['region', 'zone', 'hot', 'short', 'shortcut', 'keyboard', 'music', 'salt'],
  // A callback's signature of its own fields (Midtrans' `signature_key`, a SHA-512 digest), which the receiver verifies.
  'signature',
  // Public by design: a key pair's public half, reCAPTCHA's and hCaptcha's site key, Stripe's publishable key.
  ...['public', 'pub', 'site', 'publishable', 'anon'],
]);

/**
 * A PHP session name written in capitals and ending in `SID`, as PHP apps name theirs after `PHPSESSID` (Gallery 2's
 * `GALLERYSID`, passed in links as `g2_GALLERYSID`: https://www.php.net/manual/en/function.session-name.php). Like
 * `sid`, only with a secret-shaped value; also with an underscore before `SID` (`FARELINE_SID`).
 */
function classifyCapitalSessionName(name: string): SecretParamName | undefined {
  return CAPITAL_SESSION_NAME.test(name) ? byName.get('sid') : undefined;
}

const CAPITAL_SESSION_NAME = /^(?:[a-z0-9]+_)?[A-Z][A-Z0-9]+_?SID$/;

/**
 * A credential's name with the encoding of its value after it (`B2_CREDS_B64`, `KEYSTORE_PASSWORD_BASE64`, `tokenB64`),
 * as CI variables and shell scripts name a secret kept in base64: classified as the name without that word.
 */
function classifyEncodedName(name: string): SecretParamName | undefined {
  const words = wordsOf(name);
  const last = words.at(-1) ?? '';
  return words.length >= 2 && (ENCODING_WORDS as readonly string[]).includes(last)
    ? classifyParamName(words.slice(0, -1).join('_'))
    : undefined;
}

/** Words naming the encoding of a value after its name (`classifyEncodedName`), lower case. */
export const ENCODING_WORDS = ['b64', 'base64'] as const;

/**
 * An express-session cookie under an app's own name (`trilium.sid`, `grafana.sid`): the middleware's default is
 * `connect.sid` and its `name` option is set, by convention, to `<app>.sid`
 * (https://github.com/expressjs/session#name). Like `sid`, only with a secret-shaped value.
 */
function classifyAppSessionCookie(name: string): SecretParamName | undefined {
  return APP_SESSION_COOKIE.test(name) ? byName.get('sid') : undefined;
}

const APP_SESSION_COOKIE = /^[A-Za-z][\w-]{0,31}\.sid$/i;

/**
 * Login cookies whose name ends in a hash of the site or a shard number, so that no ending names them, as written: an
 * AWS Application Load Balancer's OIDC session (`AWSELBAuthSessionCookie-0`, `-1`, …: the cookie is split in shards
 * of 4 KB, https://docs.aws.amazon.com/elasticloadbalancing/latest/application/listener-authenticate-users.html), WordPress's
 * `wordpress_logged_in_<md5>` and `wordpress_sec_<md5>` (https://developer.wordpress.org/advanced-administration/wordpress/cookies/)
 * Laravel's remember-me `remember_web_<sha1>` (https://laravel.com/docs/authentication#remembering-users) and Appwrite's
 * session `a_session_<project id>` (https://appwrite.io/docs/products/auth/server-integrations). The log prefilter finds
 * them by these literals, since its `=` reads a name by its ending.
 */
export const SECRET_NAME_PREFIXES: readonly string[] = [
  'wordpress_logged_in_',
  'wordpress_sec_',
  'remember_web_',
  'AWSELBAuthSessionCookie',
  'a_session_',
];

const LOGIN_COOKIE: SecretParamName = { name: 'logincookie', kind: 'session', needsSecretValue: false, singleUse: false };
const normalizedPrefixes = SECRET_NAME_PREFIXES.map(normalizeParamName);

/**
 * Drupal's session cookie: `SESS` (`SSESS` over HTTPS) and 32 hex digits of a hash of the site's session name
 * (https://api.drupal.org/api/drupal/core%21lib%21Drupal%21Core%21Session%21SessionConfiguration.php/class/SessionConfiguration).
 * Its parts, which the log prefilter reads back from an `=` as bytes; `HASHED_SESSION_NAME` matches a normalized name.
 */
export const HASHED_SESSION = { prefix: 'sess', hexDigits: 32 } as const;
const HASHED_SESSION_NAME = new RegExp(`^s?${HASHED_SESSION.prefix}[0-9a-f]{${HASHED_SESSION.hexDigits}}$`);

/**
 * Classic ASP's session cookie, `ASPSESSIONID` and 8 letters naming the application's worker process
 * (`ASPSESSIONIDQQTCRSBA`), as IIS logs it in `cs(Cookie)`
 * (https://learn.microsoft.com/en-us/troubleshoot/developer/webapps/iis/development/aspsessionid-cookie-values). Its parts,
 * which the log prefilter reads back from an `=` as bytes; `ASP_SESSION_NAME` matches a normalized name.
 */
export const ASP_SESSION = { prefix: 'aspsessionid', letters: 8 } as const;
const ASP_SESSION_NAME = new RegExp(`^${ASP_SESSION.prefix}[a-z]{${ASP_SESSION.letters}}$`);

/**
 * Nextcloud's session cookie is named by the instance: `oc` and its 10-character `instanceid` (`ocpmn6qh0cd0`,
 * https://docs.nextcloud.com/server/latest/admin_manual/configuration_server/config_sample_php_parameters.html#instanceid).
 * A random id has letters and digits.
 */
export const INSTANCE_SESSION_NAME = /^oc(?=[a-z0-9]*\d)(?=[a-z0-9]*[a-z])[a-z0-9]{10}$/;

/**
 * A session id's name, then `_` or `-` and the instance it belongs to, as written (not normalized): Dolibarr's
 * `DOLSESSID_<md5 of the instance>` (https://wiki.dolibarr.org/index.php/Cookies), Syncthing's `sessionid-<the device
 * id's first characters>` (https://docs.syncthing.net/dev/rest.html). The instance part is a code or a hash, with a
 * digit or in capitals, not a word (`session_id_hash`). Only with a secret-shaped value.
 */
const SESSION_ID_WITH_INSTANCE = /sess(?:ion)?_?id[-_]([A-Za-z0-9]{4,64})$/i;

export function isSessionIdWithInstance(name: string): boolean {
  const instance = SESSION_ID_WITH_INSTANCE.exec(name)?.[1];
  return instance !== undefined && (/\d/.test(instance) || /^[A-Z]+$/.test(instance));
}
const INSTANCE_SESSION: SecretParamName = { name: 'sid', kind: 'session', needsSecretValue: true, singleUse: false };

/** Ticket words of languages that name the ticket before what it is for (`bilet_ws`, `tiket_unduh`, Occitan `bilhet_unic`). */
const NOUN_FIRST_TICKET_WORDS = [
  'bilet',
  'biljett',
  'biglietto',
  'billete',
  'bilhete',
  'tiket',
  'tiketi',
  'tocyn',
  'biliet',
  'bilhet',
] as const;
/**
 * A ticket named by what it is for after the word, as Portuguese, Spanish, French, Italian and Polish order their
 * words (`ticket_oferta`, `ticket_acceso`, `bilet_ws`): like `login_ticket`, only with a secret-shaped value
 * (`ticket_id=4711` names a support ticket). The log prefilter finds it by these literals, since its `=` reads a name
 * by its ending.
 */
export const TICKET_NAME_PREFIXES: readonly string[] = ['ticket_', ...NOUN_FIRST_TICKET_WORDS.map((word) => `${word}_`)];
const NORMALIZED_TICKET_PREFIXES = TICKET_NAME_PREFIXES.map(normalizeParamName);
/**
 * A key named by what it is for after the word, as the languages of `KEY_FIRST_WORDS` order their words
 * (`chave_parceiro`, "partner key"; `clave_acceso`; the header `X-Chave-Quiosque`; Friulian `claf_stalis`): like `key`, only with a
 * secret-shaped value. The log prefilter finds them by these literals, since its `=` reads a name by its ending; the
 * shorter words (`cle`, `klic`, `khoa`, `clau`, `susi`) begin too many other names, and `klucz`, `kljuc`, `kunci` and
 * `ufunguo` would take byte pairs of their own (`ku` and `gu`: 6.7 % more byte-search hits on the benchmark's log).
 */
export const KEY_NAME_PREFIXES: readonly string[] = ['chave', 'clave', 'chiave', 'chiavi', 'cheie', 'allwedd', 'claf'].flatMap((word) => [
  `${word}_`,
  `${word}-`,
  `${word[0]?.toUpperCase()}${word.slice(1)}-`,
]);
const KEY_FIRST_PREFIXES = [...new Set(KEY_NAME_PREFIXES.map(normalizeParamName))];
const NAMED_KEY: SecretParamName = { name: 'key', kind: 'api-key', needsSecretValue: true, singleUse: false };
/** As an `X-` header's name it is a credential header, as plain as `X-Api-Key`. */
const KEY_HEADER: SecretParamName = { ...NAMED_KEY, needsSecretValue: false };

/** `chave_parceiro`, `X-Chave-Quiosque`: a key-first word, then what the key is for. */
function classifyKeyFirstName(normalized: string): SecretParamName | undefined {
  const header = normalized.startsWith('x');
  const name = header ? normalized.slice(1) : normalized;
  if (!KEY_FIRST_PREFIXES.some((prefix) => name.startsWith(prefix) && name.length > prefix.length)) return undefined;
  return header ? KEY_HEADER : NAMED_KEY;
}
/** Ticket words as the end of a longer name, each read as a named ticket. */
const TICKET_SUFFIXES: ReadonlySet<string> = new Set(['ticket', ...MULTILINGUAL_TICKET_WORDS]);

/** `wordpress_logged_in_5c5e70d5…`, `SSESS2db50c19…`, `ocpmn6qh0cd0`: a login cookie named by its beginning. */
function classifyByPrefix(normalized: string): SecretParamName | undefined {
  if (NORMALIZED_TICKET_PREFIXES.some((prefix) => normalized.startsWith(prefix) && normalized.length > prefix.length)) return NAMED_TICKET;
  const keyFirst = classifyKeyFirstName(normalized);
  if (keyFirst) return keyFirst;
  if (HASHED_SESSION_NAME.test(normalized) || ASP_SESSION_NAME.test(normalized)) return LOGIN_COOKIE;
  if (INSTANCE_SESSION_NAME.test(normalized)) return INSTANCE_SESSION;
  return normalizedPrefixes.some((prefix) => normalized.startsWith(prefix) && normalized.length > prefix.length) ? LOGIN_COOKIE : undefined;
}

/**
 * Secret words that make any longer name ending in them sensitive. `session` names the session cookies of Rails
 * (`_<app>_session`), Laravel and CodeIgniter (`<app>_session`, `ci_session`) as Cookie and Set-Cookie dumps print them
 * (https://guides.rubyonrails.org/security.html#session-storage, https://laravel.com/docs/session#configuration); like
 * `session` itself, only with a secret-shaped value.
 */
const SECRET_SUFFIXES = [
  'accesstoken',
  'token',
  'tokeni',
  'apikey',
  // Before the key words alone, so that `X-Api-Kalit` ends in `apikalit`, not in the ambiguous `kalit`.
  ...MULTILINGUAL_KEY_WORDS.map((word) => `api${word}`),
  'apiki',
  'secret',
  'password',
  'passcode',
  'passphrase',
  'accesscode',
  ...MULTILINGUAL_PASSWORD_WORDS,
  'parolachiave',
  'jwt',
  'session',
  ...MULTILINGUAL_SESSION_WORDS,
  'rememberme',
  'ticket',
  'secretkey',
  'secretaccesskey',
  'masterkey',
  // SNMPv3's passphrases after the protocol's name (Observium's `snmp_authpass`), an HMAC's key after what it signs.
  'authpass',
  'privpass',
  'cryptopass',
  'hmackey',
  'privatekey',
  'sshkey',
  'authkey',
  'sessionkey',
  // `X-Service-Key`, the keys named for a party (their rows above): `X-Partner-Key`, `paytm_merchant_key`,
  // `STORAGE_ACCOUNT_KEY`.
  'servicekey',
  'publisherkey',
  'tempurlkey',
  'tempurlkey2',
  'licensekey',
  'licencekey',
  'supportkey',
  'adminkey',
  'partnerkey',
  'merchantkey',
  'deploykey',
  'accountkey',
  'customerkey',
  'integrationkey',
  // Session ids named by an app's prefix (`ASPSESSID` of classic ASP uploads, a shop's `XYZSESSID`), and session
  // cookies abbreviated so (`__Host-hs_sess`, `ci_sess`): like `session`, only with a secret-shaped value.
  'sessid',
  'sess',
  // Compounds that end in their word for "key" (German `Zugangsschluessel`, Dutch `toegangssleutel`, Swedish
  // `api_nyckel`, Turkish `api_anahtari`): only with a secret-shaped value, like `key`. A key-first word ends a
  // compound only after "API" (`MARINA_API_KLJUC`: the `api…` endings above).
  ...MULTILINGUAL_KEY_WORDS.filter((word) => !(KEY_FIRST_WORDS as readonly string[]).includes(word)),
  // And in their word for "ticket" (Turkish `indirme_bileti`, "download ticket"), read as a named ticket.
  ...MULTILINGUAL_TICKET_WORDS,
  // And in their word for "secret" (Indonesian `kunci_rahasia`, "secret key"), with a secret-shaped value only.
  ...MULTILINGUAL_SECRET_WORDS,
  // And in "credentials" (`X-Credenciales`, `partner_credentials`) and its abbreviation (`B2_CREDS`), with a
  // secret-shaped value only.
  ...CREDENTIALS_WORDS,
  'creds',
  // Not `sessionid`: a longer name ending in it mostly names another kind of session (Jellyfin's `PlaySessionId`,
  // Okta's `externalSessionId`, a Stripe Checkout's `checkout_session_id`).
] as const;

/**
 * `login_ticket`, `download_ticket`: a ticket a server issues for one use, so a second use is a replay. Unlike `ticket`
 * itself, only with a secret-shaped value: `support_ticket=4711` and `jira_ticket=OPS-12` name a ticket of a tracker.
 */
const NAMED_TICKET: SecretParamName = { name: 'ticket', kind: 'ticket', needsSecretValue: true, singleUse: true };

/** `githubToken`, `stripe_api_key`, `adminPassword`, `aws_secret_key`: a known secret word at the end of a longer name. */
function classifyBySuffix(normalized: string): SecretParamName | undefined {
  for (const suffix of SECRET_SUFFIXES) {
    if (normalized.endsWith(suffix) && normalized.length > suffix.length) {
      return TICKET_SUFFIXES.has(suffix) ? NAMED_TICKET : byName.get(suffix);
    }
  }
  return undefined;
}

/**
 * Every normalized name `classifyParamName` can accept ends in one of these: the table's names and the secret
 * suffixes. Log scanners build a prefilter from them.
 */
export function secretParamNameEndings(): string[] {
  return [...new Set([...byName.keys(), ...SECRET_SUFFIXES])].sort();
}

/** Identifier names that suggest a variable holds a credential (`accessToken`, `jwt`, `idToken`, `apiKey`). */
export function isSecretIdentifierName(name: string): boolean {
  const entry = classifyParamName(name);
  return entry !== undefined && !entry.needsSecretValue && entry.kind !== 'ticket';
}

/** Classifiers extended with user-configured names (rule options, CLI settings); the shared table stays as is. */
export interface ParamNameClassifier {
  readonly classify: (name: string) => SecretParamName | undefined;
  readonly isSecretIdentifier: (name: string) => boolean;
}

export function createParamNameClassifier(extraNames: readonly string[] = []): ParamNameClassifier {
  if (extraNames.length === 0) return { classify: classifyParamName, isSecretIdentifier: isSecretIdentifierName };
  const extras = new Map<string, SecretParamName>(
    extraNames.map((name) => [
      normalizeParamName(name),
      { name: normalizeParamName(name), kind: 'token', needsSecretValue: false, singleUse: false },
    ]),
  );
  return {
    classify: (name) => extras.get(normalizeParamName(name)) ?? classifyParamName(name),
    isSecretIdentifier: (name) => extras.has(normalizeParamName(name)) || isSecretIdentifierName(name),
  };
}
