import { ts } from './typescript.js';
import { createParamNameClassifier, type ParamNameClassifier, type SecretParamName } from '../../secrets/param-names.js';
import { createAnalysisCache, type AnalysisCache, type AnalysisContext } from './context.js';
import type { EngineOptions } from '../engine-options.js';
import { detachString } from '../../detach-string.js';

/** Caches live as long as their program (or, for single files, their source file), one per settings. */
const caches = new WeakMap<object, Map<string, AnalysisCache>>();
const fileCheckers = new WeakMap<ts.SourceFile, ts.TypeChecker>();

export function createContext(sourceFile: ts.SourceFile, options: EngineOptions): AnalysisContext {
  const settingsKey = JSON.stringify(options.settings?.extraSecretNames ?? []);
  const names = namesFor(settingsKey, options.settings?.extraSecretNames);
  const { program } = options;
  const checker = options.checker ?? program?.getTypeChecker();
  if (checker) {
    return {
      checker,
      typed: true,
      files: () => (program ? projectFiles(program) : [sourceFile]),
      cache: cacheFor(program ?? checker, settingsKey),
      classifyName: names.classify,
      isSecretName: names.isSecretIdentifier,
      settings: options.settings ?? {},
    };
  }
  return {
    checker: fileChecker(sourceFile),
    typed: false,
    files: () => [sourceFile],
    cache: cacheFor(sourceFile, settingsKey),
    classifyName: names.classify,
    isSecretName: names.isSecretIdentifier,
    settings: options.settings ?? {},
  };
}

/**
 * The name classifier of a set of settings, remembering its answers: every property read and call of a file asks for
 * its name (a third of the ESLint door's query-token-accepted time was the same names classified again). Bounded.
 */
function namesFor(settingsKey: string, extraSecretNames: readonly string[] | undefined): ParamNameClassifier {
  let names = classifiers.get(settingsKey);
  if (!names) {
    names = rememberingClassifier(createParamNameClassifier(extraSecretNames));
    if (classifiers.size >= MAX_CLASSIFIERS) classifiers.clear();
    classifiers.set(settingsKey, names);
  }
  return names;
}

function rememberingClassifier(names: ParamNameClassifier): ParamNameClassifier {
  const entries = new Map<string, SecretParamName | null>();
  const secretIdentifiers = new Map<string, boolean>();
  return {
    classify: (name) => remembered(entries, name, () => names.classify(name) ?? null) ?? undefined,
    isSecretIdentifier: (name) => remembered(secretIdentifiers, name, () => names.isSecretIdentifier(name)),
  };
}

function remembered<T>(answers: Map<string, T>, name: string, answer: () => T): T {
  const known = answers.get(name);
  if (known !== undefined || answers.has(name)) return known as T;
  if (answers.size >= MAX_REMEMBERED_NAMES) answers.clear();
  const found = answer();
  // A name sliced from a file's text would keep the whole text alive in the map.
  answers.set(detachString(name), found);
  return found;
}

const classifiers = new Map<string, ParamNameClassifier>();
const MAX_CLASSIFIERS = 8;
const MAX_REMEMBERED_NAMES = 20_000;

function cacheFor(owner: object, settingsKey: string): AnalysisCache {
  let bySettings = caches.get(owner);
  if (!bySettings) {
    bySettings = new Map();
    caches.set(owner, bySettings);
  }
  let cache = bySettings.get(settingsKey);
  if (!cache) {
    cache = createAnalysisCache();
    bySettings.set(settingsKey, cache);
  }
  return cache;
}

function projectFiles(program: ts.Program): readonly ts.SourceFile[] {
  return program.getSourceFiles().filter((file) => !file.isDeclarationFile && !program.isSourceFileFromExternalLibrary(file));
}

/**
 * Name resolution for a file analyzed on its own (ESLint without type information): a program of just this file,
 * without lib files or imports, whose checker binds scopes on demand. Nothing is type-checked; imports stay
 * unresolved and are recognized by their specifiers.
 */
function fileChecker(sourceFile: ts.SourceFile): ts.TypeChecker {
  const cached = fileCheckers.get(sourceFile);
  if (cached) return cached;
  const host: ts.CompilerHost = {
    getSourceFile: (fileName) => (fileName === sourceFile.fileName ? sourceFile : undefined),
    getDefaultLibFileName: () => 'lib.d.ts',
    writeFile: () => undefined,
    getCurrentDirectory: () => '/',
    getCanonicalFileName: (fileName) => fileName,
    useCaseSensitiveFileNames: () => true,
    getNewLine: () => '\n',
    fileExists: (fileName) => fileName === sourceFile.fileName,
    readFile: () => undefined,
    // `noResolve` still resolves every import and require against the file system (most of the program's cost);
    // imports are recognized by their specifiers here, so none is resolved.
    resolveModuleNameLiterals: (literals) => literals.map(() => ({ resolvedModule: undefined })),
    resolveTypeReferenceDirectiveReferences: (references) => references.map(() => ({ resolvedTypeReferenceDirective: undefined })),
  };
  const program = ts.createProgram({
    rootNames: [sourceFile.fileName],
    options: { noLib: true, noResolve: true, allowJs: true, checkJs: false, types: [], noEmit: true },
    host,
  });
  const checker = program.getTypeChecker();
  fileCheckers.set(sourceFile, checker);
  return checker;
}
