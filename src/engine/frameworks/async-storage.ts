import type { LibraryModel } from './model.js';

/** React Native's AsyncStorage: `getItem('token')` reads a credential (web storage is in browser.ts). */
export const asyncStorage: LibraryModel = {
  name: 'AsyncStorage (React Native)',
  modules: ['@react-native-async-storage/async-storage'],
  callSources: [{ description: 'AsyncStorage', modules: ['@react-native-async-storage/async-storage'], paths: ['getItem'], keyArg: 0 }],
};
