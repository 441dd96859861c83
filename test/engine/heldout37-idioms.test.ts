import { describe, it } from 'vitest';
import { at, expectBothDoors } from '../support/both-doors.js';

/** Idioms code heldout37 showed the engine missing (its first, unseen score was taken before these were written). */

describe("an Angular HttpInterceptor adding a key to the request's own params", () => {
  it('req.params.append/set in req.clone({ params }): the key reaches every URL the interceptor passes on', () => {
    const code = [
      "import { Injectable } from '@angular/core';",
      "import { HttpEvent, HttpHandler, HttpInterceptor, HttpRequest } from '@angular/common/http';",
      "import { Observable } from 'rxjs';",
      '@Injectable()',
      'export class ApiKeyInterceptor implements HttpInterceptor {',
      '  intercept(req: HttpRequest<unknown>, next: HttpHandler): Observable<HttpEvent<unknown>> {',
      "    const key = localStorage.getItem('api_key') ?? '';",
      "    return next.handle(req.clone({ params: req.params.append('apikey', key) }));",
      '  }',
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'src/app/api-key.interceptor.ts', [
      { rule: 'token-in-request-url', ...at(code, 'params: req.params'), level: 'error' },
    ]);
  });

  it('a parameter that is no credential, or the key set as a header, is none', () => {
    const code = [
      "import { HttpEvent, HttpHandler, HttpInterceptor, HttpRequest } from '@angular/common/http';",
      "import { Observable } from 'rxjs';",
      'export class LangInterceptor implements HttpInterceptor {',
      '  intercept(req: HttpRequest<unknown>, next: HttpHandler): Observable<HttpEvent<unknown>> {',
      "    const key = localStorage.getItem('api_key') ?? '';",
      "    const lang = req.clone({ params: req.params.set('lang', navigator.language) });",
      "    return next.handle(lang.clone({ setHeaders: { 'X-Api-Key': key } }));",
      '  }',
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'src/app/lang.interceptor.ts', []);
  });
});
