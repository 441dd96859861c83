import type { LibraryModel } from './model.js';

/** The export name of an AWS Lambda entry point. */
export const LAMBDA_HANDLER_NAME = /^(?:module\.)?(?:exports\.)?handler$/;

/**
 * AWS Lambda behind API Gateway or an ALB: the event is the request, where aws-lambda (its types) is imported or in an
 * entry point (`export const handler = async (event) => …`, see `LAMBDA_HANDLER_NAME`).
 */
export const awsLambda: LibraryModel = {
  name: 'AWS Lambda (API Gateway)',
  modules: ['aws-lambda'],
  requestObjects: [
    {
      framework: 'AWS Lambda (API Gateway)',
      modules: ['aws-lambda'],
      types: [],
      eventTypes: [
        'APIGatewayProxyEvent',
        'APIGatewayProxyEventV2',
        'APIGatewayProxyWebsocketEventV2',
        'APIGatewayProxyEventV2WithRequestContext',
        'ALBEvent',
      ],
      urlMembers: ['rawQueryString'],
      queryMembers: ['queryStringParameters', 'multiValueQueryStringParameters'],
      requestMembers: [],
      pathMember: 'split',
    },
  ],
  contextualRequestNames: [
    {
      names: new Set(['event']),
      modules: ['aws-lambda'],
      inLambdaHandler: true,
      // API Gateway's own members: an entry point serverless.yml or a SAM template names (`handler: auth.authorize`).
      readsMembers: ['queryStringParameters', 'multiValueQueryStringParameters', 'rawQueryString', 'requestContext'],
    },
  ],
};
