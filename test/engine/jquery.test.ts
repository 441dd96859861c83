import { describe, it } from 'vitest';
import { at, expectBothDoors, type Place } from '../support/both-doors.js';

/**
 * jQuery's Ajax API (src/engine/frameworks/jquery.ts) and SignalR's withUrl (frameworks/signalr.ts), each with a safe
 * variant: the engine on one file, and the ESLint door on the same text, which must agree on rule, line and column.
 */

const leak = (code: string, needle: string): Place => ({ rule: 'token-in-request-url', ...at(code, needle), level: 'error' });

describe("jQuery's request API sends its URL, query included", () => {
  it('$.ajax and jQuery.ajax: a token in the URL leaks (url setting or first argument); the headers option does not', () => {
    const code = [
      "const token = localStorage.getItem('token');",
      '$.ajax({ url: `/api/orders?token=${token}`, dataType: "json" });',
      "jQuery.ajax('/api/v2/properties?secret=' + localStorage.getItem('apisecret'), { cache: false });",
      '$.ajax({ url: `/api/users/${token}/orders` });',
      "$.ajax({ url: '/api/orders', headers: { Authorization: `Bearer ${token}` } });",
      "$.ajax({ url: '/api/orders', beforeSend: (xhr) => xhr.setRequestHeader('Authorization', `Bearer ${token}`) });",
      '',
    ].join('\n');
    expectBothDoors(code, 'orders.js', [leak(code, 'url: `/api/orders?'), leak(code, "'/api/v2"), leak(code, 'url: `/api/users')]);
  });

  it('$.get, $.getJSON, $.getScript, $.post: the URL; a GET data record is its query, a POST body is not', () => {
    const code = [
      "const token = sessionStorage.getItem('access_token');",
      '$.get(`/status.json?access_token=${token}`, (data) => render(data));',
      "$.getJSON('/api/me', { access_token: token });",
      "$.getScript('/widgets/chat.js?token=' + token);",
      "$.post('/api/notes?token=' + token, { text: 'hi' });",
      "$.post('/api/session', { token });",
      "$.getJSON('/api/me', { page: 2 });",
      '',
    ].join('\n');
    expectBothDoors(code, 'status.js', [
      leak(code, '`/status.json'),
      leak(code, '{ access_token: token }'),
      leak(code, "'/widgets"),
      leak(code, "'/api/notes"),
    ]);
  });

  it('data in $.ajax: the query of a GET (the default type), the body of a POST', () => {
    const code = [
      'export const list = (token) => $.ajax({ url: "/api/items", data: { token } });',
      'export const read = (token) => $.ajax({ url: "/api/items", type: "get", data: { token } });',
      'export const save = (token) => $.ajax({ url: "/api/items", type: "POST", data: { token } });',
      'export const update = (token) => $.ajax({ url: "/api/items", method: "PUT", data: { token } });',
      'export const either = (token, type) => $.ajax({ url: "/api/items", type, data: { token } });',
      '',
    ].join('\n');
    expectBothDoors(code, 'items.js', [leak(code, 'data: { token } });'), leak(code, 'data: { token } });\nexport const save')]);
  });

  it('$(selector).load(url), also after other calls; .load with a data object posts it', () => {
    const code = [
      'export function refresh(token: string) {',
      "  $('#inbox').load(`/fragments/inbox?token=${token}`);",
      "  jQuery('#panel').find('.body').load('/fragments/panel?api_key=' + token);",
      "  $('#inbox').load('/fragments/inbox', { token });",
      "  $('#inbox').load('/fragments/inbox #list');",
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'inbox.ts', [leak(code, '`/fragments/inbox?'), leak(code, "'/fragments/panel")]);
  });

  it("the module (import $ from 'jquery') and the $ parameter of a plugin wrapper are jQuery; another $ is not", () => {
    const code = [
      "import $ from 'jquery';",
      'export const load = (token: string) => $.getJSON(`/api/feed?token=${token}`);',
      '(function ($) {',
      "  $.ajax({ url: '/api/feed', data: { access_token: localStorage.getItem('access_token') } });",
      '})(jQuery);',
      'export function other(token: string) {',
      '  const $ = { get: (url: string) => url };',
      '  return $.get(`/api/feed?token=${token}`);',
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'feed.ts', [leak(code, '`/api/feed?token'), leak(code, 'data: { access_token')]);
  });

  it("the page's jQuery, else the module ((global && global.$) || require('jquery')), is jQuery; a fallback to an object of the file is not", () => {
    const code = [
      "var $ = (global && global.$) || require('jquery');",
      'var fake = (global && global.fake) || { ajax: function (options) { return options; } };',
      'exports.init = function (token) {',
      "  var src = '/api/v1/status.json?t=' + Date.now();",
      "  if (token) src += '&token=' + token;",
      "  $.ajax({ method: 'GET', url: src });",
      "  fake.ajax({ method: 'GET', url: src });",
      "  $.ajax('/api/v2/authorization/request/' + token, { success: function () {} });",
      '};',
      '',
    ].join('\n');
    expectBothDoors(code, 'client.js', [
      leak(code, 'url: src });\n  fake'),
      { rule: 'token-in-request-url', ...at(code, "'/api/v2/authorization"), level: 'error' },
    ]);
  });

  it('an undeclared get(url) or ajax(url) is not jQuery', () => {
    const code = ["const token = localStorage.getItem('token');", 'get(`/api?token=${token}`);', 'ajax(`/api?token=${token}`);', ''].join(
      '\n',
    );
    expectBothDoors(code, 'globals.js', []);
  });
});

describe("SignalR's withUrl", () => {
  it('a token in the hub URL is an error; accessTokenFactory is a warning (the browser client appends it for WebSockets)', () => {
    const code = [
      "import * as signalR from '@microsoft/signalr';",
      'const apiKey = process.env.HUB_API_KEY;',
      'export const leak = (base: string) => new signalR.HubConnectionBuilder().withUrl(`${base}/hub?access_token=${apiKey}`).build();',
      'export const factory = (base: string, token: string) =>',
      '  new signalR.HubConnectionBuilder().withUrl(`${base}/hub`, { accessTokenFactory: () => token }).build();',
      'export const polling = (base: string, token: string) =>',
      '  new signalR.HubConnectionBuilder()',
      '    .withUrl(`${base}/hub`, { accessTokenFactory: () => token, transport: signalR.HttpTransportType.LongPolling })',
      '    .build();',
      '',
    ].join('\n');
    expectBothDoors(code, 'hub.ts', [
      { rule: 'ws-token-in-url', ...at(code, '`${base}/hub?'), level: 'error' },
      { rule: 'ws-token-in-url', ...at(code, 'accessTokenFactory: () => token })'), level: 'warning' },
    ]);
  });

  it('a hub URL built by another function of the file, passed directly or through a variable', () => {
    const code = [
      "import { HubConnectionBuilder, LogLevel } from '@microsoft/signalr';",
      'function hubUrl(base: string, token: string): string {',
      '  return `${base}/hubs/notifications?access_token=${token}`;',
      '}',
      'export function direct(base: string, token: string) {',
      '  return new HubConnectionBuilder().withUrl(hubUrl(base, token)).withAutomaticReconnect().build();',
      '}',
      'export function viaVariable(base: string, token: string) {',
      '  const url = hubUrl(base, token);',
      '  return new HubConnectionBuilder().configureLogging(LogLevel.Information).withUrl(url).build();',
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'notifications.ts', [
      { rule: 'ws-token-in-url', ...at(code, 'hubUrl(base, token))'), level: 'error' },
      { rule: 'ws-token-in-url', ...at(code, 'url).build()'), level: 'error' },
    ]);
  });

  it('the signalR global of the browser bundle (signalr.js in a script tag)', () => {
    const code = [
      "const token = localStorage.getItem('token');",
      "const chat = new signalR.HubConnectionBuilder().withUrl('/chatHub?access_token=' + token).build();",
      'const logged = new signalR.HubConnectionBuilder().configureLogging(signalR.LogLevel.Warning).withUrl(`/chatHub?token=${token}`).build();',
      "const safe = new signalR.HubConnectionBuilder().withUrl('/chatHub', { accessTokenFactory: () => token, transport: signalR.HttpTransportType.LongPolling }).build();",
      '',
    ].join('\n');
    expectBothDoors(code, 'chat.js', [
      { rule: 'ws-token-in-url', ...at(code, "'/chatHub?"), level: 'error' },
      { rule: 'ws-token-in-url', ...at(code, '`/chatHub?'), level: 'error' },
    ]);
  });
});
