import { createEngineRule } from './create-engine-rule.js';

export default createEngineRule({
  id: 'query-token-accepted',
  messageId: 'tokenReadFromQuery',
  suggestionIds: [],
  optionNames: ['extraSecretNames'],
});
