import { describe, it } from 'vitest';
import { at, expectBothDoors } from '../support/both-doors.js';

/** Idioms code heldout50 to heldout52 showed the engine missing (their first, unseen scores were taken before these were written). */

describe("NestJS's HttpService", () => {
  it('the injected service and its axiosRef take the URL and axios params as axios does; a header is safe', () => {
    const code = [
      "import { Injectable } from '@nestjs/common';",
      "import { HttpService } from '@nestjs/axios';",
      '',
      '@Injectable()',
      'export class WeatherService {',
      '  constructor(private readonly httpService: HttpService) {}',
      '',
      '  current(weatherApiKey: string) {',
      '    return this.httpService.get(`https://api.weatherapi.com/v1/current.json?q=Noida&key=${weatherApiKey}`);',
      '  }',
      '',
      '  forecast(apiKey: string) {',
      "    return this.httpService.axiosRef.get('https://api.example.org/forecast', { params: { appid: apiKey } });",
      '  }',
      '',
      '  alerts(token: string) {',
      "    return this.httpService.get('https://api.example.org/alerts', { headers: { Authorization: `Bearer ${token}` } });",
      '  }',
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'src/weather/weather.service.ts', [
      { rule: 'token-in-request-url', ...at(code, '`https://api.weatherapi.com'), level: 'error' },
      { rule: 'token-in-request-url', ...at(code, 'params: { appid'), level: 'error' },
    ]);
  });
});
