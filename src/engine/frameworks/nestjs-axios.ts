import type { LibraryModel } from './model.js';
import { AUTHORIZATION_HEADER, HTTP_METHODS, requestSink } from './rows.js';

/** `@nestjs/axios`, and `@nestjs/common` where NestJS 7 and earlier exported the same service. */
const MODULES = ['@nestjs/axios', '@nestjs/common'];

/**
 * NestJS's `HttpService` (https://docs.nestjs.com/techniques/http-module), injected into a provider's constructor
 * (`constructor(private readonly httpService: HttpService)`): axios' methods returning Observables, the URL first with
 * axios' `params` option, and the axios instance itself as `axiosRef`.
 */
export const nestjsAxios: LibraryModel = {
  name: 'NestJS HttpService',
  modules: MODULES,
  urlSinks: [
    requestSink({
      id: 'nestjs-http-service',
      api: 'NestJS HttpService',
      modules: MODULES,
      paths: ['HttpService()', 'HttpService().axiosRef'].flatMap((service) =>
        [...HTTP_METHODS, 'request'].map((method) => `${service}.${method}`),
      ),
      url: { arg: 0, prop: 'url' },
      queryOptions: [{ prop: 'params' }],
      safeAlternative: `${AUTHORIZATION_HEADER} (headers option)`,
    }),
  ],
};
