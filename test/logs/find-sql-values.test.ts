import { describe, expect, it } from 'vitest';
import { findSqlValues } from '../../src/logs/detect/find-sql-values.js';
import { isPasswordHash } from '../../src/secrets/shapes.js';
import { findingsOfLine, foundInLine } from '../support/scan-line.js';

const named = (line: string) => findSqlValues(line).map((param) => [param.name, param.value, line.slice(param.valueStart, param.valueEnd)]);

describe('findSqlValues: a value an SQL statement puts into a column, named by the column', () => {
  it.each([
    [
      "MariaDB's audit plugin: backquoted columns, quotes escaped inside the audit field",
      "20261216 10:00:55,db-1,app,10.4.3.12,4841,880097,QUERY,shop,'update `users` set `remember_token` = \\'mjYx5Pao\\', `users`.`updated_at` = \\'2026-12-16\\' where `id` = 2366',0",
      [
        ['remember_token', 'mjYx5Pao', 'mjYx5Pao'],
        ['updated_at', '2026-12-16', '2026-12-16'],
      ],
    ],
    [
      "a key-value table's row: the value named by its key",
      "QUERY,shop,'update `settings` set `value` = \\'6db5807c\\' where `key` = \\'mailgun_secret\\''",
      [['mailgun_secret', '6db5807c', '6db5807c']],
    ],
    [
      'a row key that looks like a secret itself names nothing: a finding prints its name whole',
      "QUERY,shop,'update `kv` set `value` = \\'6db5807c\\' where `key` = \\'Ab3fGh9kLm2nPq4rT7uVx2Qz\\''",
      [
        ['value', '6db5807c', '6db5807c'],
        ['key', 'Ab3fGh9kLm2nPq4rT7uVx2Qz', 'Ab3fGh9kLm2nPq4rT7uVx2Qz'],
      ],
    ],
    [
      "a sessions table's id is a session's",
      "75 Query\tselect * from `sessions` where `id` = 'NrC9E6dX' limit 1",
      [['session', 'NrC9E6dX', 'NrC9E6dX']],
    ],
    [
      "GORM's INSERT: columns and values by position, a NULL and a doubled quote between them",
      `[9.9ms] [rows:1] INSERT INTO "integrations" ("deleted_at","provider","api_key") VALUES (NULL,'nova''s','e35dd') RETURNING "id"`,
      [
        ['provider', "nova's", "nova''s"],
        ['api_key', 'e35dd', 'e35dd'],
      ],
    ],
    [
      "EF Core's parameters in a JSON message: bound to the column the statement sets, or named by the captured variable",
      String.raw`{"Message":"Executed DbCommand [Parameters=[@p0=\u0027WBppzd\u0027 (Size = 4000), @__userKey_0=\u0027k9Qz\u0027], CommandType=\u0027Text\u0027]\nSET NOCOUNT ON;\nUPDATE [ExternalLogins] SET [RefreshToken] = @p0 WHERE [Id] = 5"}`,
      [
        ['RefreshToken', 'WBppzd', 'WBppzd'],
        ['userKey', 'k9Qz', 'k9Qz'],
        ['CommandType', 'Text', 'Text'],
      ],
    ],
    [
      "SQL Server's sp_executesql (Extended Events, EF Core): N'…' strings, an INSERT with an OUTPUT clause",
      "<value>exec sp_executesql N'INSERT INTO [dbo].[PartnerCredentials] ([Partner], [ClientSecret]) OUTPUT INSERTED.[Id] VALUES (@p0, @p1);',N'@p0 nvarchar(50),@p1 nvarchar(200)',@p0=N'bdo-remit',@p1=N'QvjF8Q_O4G'</value>",
      [
        ['Partner', 'bdo-remit', 'bdo-remit'],
        ['ClientSecret', 'QvjF8Q_O4G', 'QvjF8Q_O4G'],
      ],
    ],
    [
      "a stored procedure's named parameters (T-SQL's exec)",
      "exec dbo.usp_ValidateAgentLogin @Username=N'agent.cebu07',@Password=N'ov8uVNE15b'",
      [
        ['Username', 'agent.cebu07', 'agent.cebu07'],
        ['Password', 'ov8uVNE15b', 'ov8uVNE15b'],
      ],
    ],
    [
      "a token's SHA-256 digest stored in its place (Laravel Sanctum's personal_access_tokens) is left out",
      "insert into `personal_access_tokens` (`name`, `token`) values ('cli', '64a649e3ba6cb0c30522db7ed0f75d4cb75d43d03c2e011def8fd0c5aebdd3a2')",
      [['name', 'cli', 'cli']],
    ],
    [
      "Laravel's QueryException with its bindings in place, unquoted: a generated value is read, the rest is data",
      '[2028-02-07 08:01:38] production.ERROR: SQLSTATE[23000]: Integrity constraint violation (Connection: mysql, SQL: insert into `email_confirmations` (`user_id`, `token`, `updated_at`) values (89, hebcMrZ4rvhigBTqmvXSPh3X, 2028-02-07 08:01:38))',
      [['token', 'hebcMrZ4rvhigBTqmvXSPh3X', 'hebcMrZ4rvhigBTqmvXSPh3X']],
    ],
    [
      "Laravel's QueryException: an unquoted word or address is no value read",
      '(Connection: mysql, SQL: insert into `users` (`email`, `remember_token`) values (ops@example.org, NULL))',
      [],
    ],
    ['no statement: nothing', "user api_key = 'x' logged in", []],
  ])('%s', (_name, line, expected) => {
    expect(named(line)).toEqual(expected);
  });
});

describe('SQL in a log line, through the scanner', () => {
  it('reports a token an UPDATE writes into a credential column, at its value', async () => {
    const line =
      "2026-12-09T09:01:05Z\t56 Query\tupdate `users` set `remember_token` = 'mjYx5PaogD3zcSErXEcL16HRxYg43DL0lp5FEwWVcOCr' where `id` = 17";
    expect(await foundInLine(line)).toEqual([{ rule: 'log-url-token', level: 'error', column: line.indexOf('mjYx') + 1 }]);
  });

  it("reads an INSERT's backquoted credential column through the scanner (MySQL's general log)", async () => {
    const line =
      "2026-12-09T09:04:19Z\t69 Query\tinsert into `integrations` (`provider`, `clientSecret`) values ('maya', 'TcmVxD66VNBTAtpyF1w5t7wEGBeFGqmg')";
    expect(await foundInLine(line)).toEqual([{ rule: 'log-url-token', level: 'error', column: line.indexOf('TcmV') + 1 }]);
  });

  it("reads Laravel's QueryException, its bindings in place unquoted, through the scanner", async () => {
    const line =
      '[2027-11-08 09:07:54] production.ERROR: SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry (Connection: mysql, SQL: insert into `volunteers` (`name`, `email`, `api_token`) values (Ruth Sutcliffe, ruth@example.org, pYNfHZMhjE1R1gdy2Gx3PDfhW3xtaNAnlxVsZ1jt))';
    expect(await foundInLine(line)).toEqual([{ rule: 'log-url-token', level: 'error', column: line.indexOf('pYNf') + 1 }]);
  });

  it("does not report a password column's stored hash (bcrypt, crypt's SHA-512, Argon2, Django's PBKDF2)", async () => {
    const hashes = [
      '$2y$12$M31Kkoxn88vxzd/pgGnfIDhAGQ/PFiyFkxUZvGrSKz2mz4UWxxV0t',
      '$6$rounds=5000$saltsalt$qFmFH.bQmmtXzyBY0s9v7Oicd2z4XSIecDzlB5KiA2/jctKu9YterLp8wwnSq.qc.eoxqOmSuNp2xS0ktL3nh/',
      '$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG',
      'pbkdf2_sha256$870000$Ab3fGh9kLm2nPq4r$9ZcF8kZpQ3n7XvYwR2tHs1mBq6uJd4eG0aLiOoPsKyE=',
    ];
    for (const hash of hashes) {
      expect(isPasswordHash(hash)).toBe(true);
      expect(await foundInLine(`56 Query\tupdate \`users\` set \`password\` = '${hash}' where \`id\` = 17`)).toEqual([]);
    }
    expect(isPasswordHash('mjYx5PaogD3zcSErXEcL16HRxYg43DL0lp5FEwWVcOCr')).toBe(false);
  });

  it("names a key-value row by its key whatever the columns' language, past an audit record's own fields; not another row's", async () => {
    const token = 'MIV_TTolX_BOQ5IwqnYUUHldcfxuDqFze0mOBH80MDrzesHcVjBr2yke3Idd8ddW';
    const audit = (statement: string) =>
      `2027-12-14 07:07:07,586 [query] |Client=10.12.0.19:30016|User=app|AuthorizedUser='app'@'%'|State=EOF|Stmt=${statement}|Digest=`;
    const update = audit(`UPDATE asetukset SET arvo = '${token}' WHERE avain = 'vipps_refresh_token'`);
    expect(await foundInLine(update)).toEqual([{ rule: 'log-url-token', level: 'error', column: update.indexOf(token) + 1 }]);
    const insert = `LOG:  statement: INSERT INTO nastavitve (kljuc, vrednost) VALUES ('api_key', '7765100d4b98cdddf0d3ec7f2d7bc753')`;
    expect(await foundInLine(insert)).toEqual([{ rule: 'log-url-token', level: 'error', column: insert.indexOf('7765') + 1 }]);
    expect(await foundInLine(audit(`UPDATE korisnici SET slika = '${token}' WHERE ime = 'bob_smith'`))).toEqual([]);
  });
});

describe("a statement's parameters on lines of their own, named by the statement before them", () => {
  const TOKEN = '8jzmOr5VpsXU_KaD4rwLhrvjZUkO5CaL1UtZI8zCwkT';
  const namesOf = async (lines: readonly string[]) =>
    (await findingsOfLine(lines.join('\n'))).map((finding) => `${finding.location.line} ${String(finding.properties?.['parameter'])}`);

  it("Hibernate 6's bind logging: the second `?` is session_token", async () => {
    const prefix = '2027-02-23T10:00:37.933+02:00 TRACE 1 --- [app] [nio-8080-exec-6] org.hibernate.orm.jdbc.bind              : ';
    const lines = [
      '2027-02-23T10:00:37.933+02:00 DEBUG 1 --- [app] [nio-8080-exec-6] org.hibernate.SQL : select us1_0.id from user_sessions us1_0 where us1_0.active=? and us1_0.session_token=?',
      `${prefix}binding parameter (1:BOOLEAN) <- [true]`,
      `${prefix}binding parameter (2:VARCHAR) <- [${TOKEN}]`,
    ];
    expect(await namesOf(lines)).toEqual(['3 session_token']);
  });

  it("Hibernate 5's BasicBinder and an INSERT's columns by position", async () => {
    const lines = [
      'DEBUG org.hibernate.SQL - insert into partner_integrations (created_at, api_key, name, id) values (?, ?, ?, ?)',
      'TRACE o.h.type.descriptor.sql.BasicBinder - binding parameter [1] as [TIMESTAMP] - [2027-02-23 10:31:02.118]',
      `TRACE o.h.type.descriptor.sql.BasicBinder - binding parameter [2] as [VARCHAR] - [${TOKEN}]`,
    ];
    expect(await namesOf(lines)).toEqual(['3 api_key']);
  });

  it("PostgreSQL's DETAIL:  parameters: under its execute line", async () => {
    const lines = [
      '2027-02-23 10:00:37.933 UTC [4242] LOG:  execute <unnamed>: SELECT * FROM password_resets WHERE token = $1 AND used = $2',
      `2027-02-23 10:00:37.933 UTC [4242] DETAIL:  parameters: $1 = '${TOKEN}', $2 = 'f'`,
    ];
    expect(await namesOf(lines)).toEqual(['2 token']);
  });

  it('a bind line with no statement before it names nothing', async () => {
    expect(await namesOf([`TRACE org.hibernate.orm.jdbc.bind : binding parameter (1:VARCHAR) <- [${TOKEN}]`])).toEqual([]);
  });
});
