import { createEngineRule } from './create-engine-rule.js';

export default createEngineRule({
  id: 'ws-missing-origin-check',
  messageId: 'missingOriginCheck',
  suggestionIds: [],
  optionNames: [],
});
