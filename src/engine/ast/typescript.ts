import { createRequire } from 'node:module';
import type TypeScript from 'typescript';

const require = createRequire(import.meta.url);

/**
 * The TypeScript compiler, loaded on first use rather than at import: loading it costs a few hundred milliseconds,
 * which an editor would pay on opening the ESLint plugin even for files the text pre-filter rules out. Required as
 * the CommonJS package it is, so loading it is synchronous (ESLint's `create()` is) and skips the ESM loader's
 * export scan of its 9 MB file. The first property read goes through a proxy that replaces this live binding with
 * the module itself: every later `ts.isIdentifier(…)` in the engine is a plain property read.
 */
export let ts: typeof TypeScript = new Proxy({} as typeof TypeScript, {
  get(_target, key) {
    // A literal require('typescript'), so tools that list a module's dependencies (and its tests) see this one.
    ts = require('typescript') as typeof TypeScript;
    return Reflect.get(ts, key);
  },
});

/**
 * The compiler's types under the same name as the lazy value, so the engine writes `ts.Node` as it would with an
 * import. A type the engine starts to use is added here (tsc names it).
 */
// eslint-disable-next-line @typescript-eslint/no-namespace -- only a namespace of types merges with the value `ts`
export declare namespace ts {
  export type AsExpression = TypeScript.AsExpression;
  export type AwaitExpression = TypeScript.AwaitExpression;
  export type BinaryExpression = TypeScript.BinaryExpression;
  export type BindingElement = TypeScript.BindingElement;
  export type BindingName = TypeScript.BindingName;
  export type Block = TypeScript.Block;
  export type CallExpression = TypeScript.CallExpression;
  export type CallLikeExpression = TypeScript.CallLikeExpression;
  export type ClassElement = TypeScript.ClassElement;
  export type ClassLikeDeclaration = TypeScript.ClassLikeDeclaration;
  export type CompilerHost = TypeScript.CompilerHost;
  export type CompilerOptions = TypeScript.CompilerOptions;
  export type ConciseBody = TypeScript.ConciseBody;
  export type ConditionalExpression = TypeScript.ConditionalExpression;
  export type ConstructorDeclaration = TypeScript.ConstructorDeclaration;
  export type CreateSourceFileOptions = TypeScript.CreateSourceFileOptions;
  export type Declaration = TypeScript.Declaration;
  export type Diagnostic = TypeScript.Diagnostic;
  export type ElementAccessExpression = TypeScript.ElementAccessExpression;
  export type Expression = TypeScript.Expression;
  export type ForInitializer = TypeScript.ForInitializer;
  export type GetAccessorDeclaration = TypeScript.GetAccessorDeclaration;
  export type Identifier = TypeScript.Identifier;
  export type ImportClause = TypeScript.ImportClause;
  export type MemberName = TypeScript.MemberName;
  export type MethodDeclaration = TypeScript.MethodDeclaration;
  export type NewExpression = TypeScript.NewExpression;
  export type Node = TypeScript.Node;
  export type NodeArray<T extends Node> = TypeScript.NodeArray<T>;
  export type NonNullExpression = TypeScript.NonNullExpression;
  export type NumericLiteral = TypeScript.NumericLiteral;
  export type ObjectLiteralElementLike = TypeScript.ObjectLiteralElementLike;
  export type ObjectLiteralExpression = TypeScript.ObjectLiteralExpression;
  export type ParameterDeclaration = TypeScript.ParameterDeclaration;
  export type ParenthesizedExpression = TypeScript.ParenthesizedExpression;
  export type ParsedCommandLine = TypeScript.ParsedCommandLine;
  export type Program = TypeScript.Program;
  export type PropertyAccessExpression = TypeScript.PropertyAccessExpression;
  export type PropertyAssignment = TypeScript.PropertyAssignment;
  export type PropertyDeclaration = TypeScript.PropertyDeclaration;
  export type PropertyName = TypeScript.PropertyName;
  export type SatisfiesExpression = TypeScript.SatisfiesExpression;
  export type ScriptKind = TypeScript.ScriptKind;
  export type ScriptTarget = TypeScript.ScriptTarget;
  export type ShorthandPropertyAssignment = TypeScript.ShorthandPropertyAssignment;
  export type SignatureDeclaration = TypeScript.SignatureDeclaration;
  export type SourceFile = TypeScript.SourceFile;
  export type Statement = TypeScript.Statement;
  export type StringLiteral = TypeScript.StringLiteral;
  export type Symbol = TypeScript.Symbol;
  export type SyntaxKind = TypeScript.SyntaxKind;
  export type TemplateExpression = TypeScript.TemplateExpression;
  export type Type = TypeScript.Type;
  export type TypeAssertion = TypeScript.TypeAssertion;
  export type TypeChecker = TypeScript.TypeChecker;
  export type TypeNode = TypeScript.TypeNode;
  export type VariableDeclaration = TypeScript.VariableDeclaration;
  export type VariableStatement = TypeScript.VariableStatement;
}
