import { isScalar, parseAllDocuments, Scalar } from 'yaml';
import { createPositionIndex } from '../text-position.js';
import type { Span, YamlDocument } from './yaml-nodes.js';

/** Where a scalar's content lies in the file: inside its quotes, below a block scalar's header line. */
export function contentSpanOf(node: Scalar, yaml: YamlDocument): Span | undefined {
  if (!node.range) return undefined;
  const [start, end] = node.range;
  switch (node.type) {
    case Scalar.BLOCK_LITERAL:
    case Scalar.BLOCK_FOLDED: {
      const headerEnd = yaml.text.indexOf('\n', start);
      return headerEnd === -1 || headerEnd >= end ? undefined : fileSpan({ start: headerEnd + 1, end }, yaml);
    }
    case Scalar.QUOTE_DOUBLE:
    case Scalar.QUOTE_SINGLE:
      return fileSpan({ start: start + 1, end: Math.max(start + 1, end - 1) }, yaml);
    default:
      return fileSpan({ start, end }, yaml);
  }
}

function fileSpan(span: Span, yaml: YamlDocument): Span {
  return { start: yaml.fileOffset(span.start), end: yaml.fileOffset(span.end) };
}

/**
 * The YAML documents held in a literal block scalar of the file (a ConfigMap's `envoy.yaml: |`, a HelmChartConfig's
 * `valuesContent: |-`), each offset of them mapped to the file: a literal block's lines are the file's lines, less its
 * indentation. Documents that do not parse are skipped: such a text may be meant for another program.
 */
export function embeddedYamlDocuments(yaml: YamlDocument, node: unknown): YamlDocument[] {
  const block = literalBlockOf(yaml, node);
  if (!block) return [];
  const documents = parseAllDocuments(block.text, { prettyErrors: false, uniqueKeys: false, strict: false });
  if (!Array.isArray(documents)) return [];
  return documents
    .filter((document) => document.errors.length === 0)
    .map((document) => ({
      document,
      text: block.text,
      positionOf: (offset: number) => yaml.file.positionOf(block.fileOffset(offset)),
      file: yaml.file,
      fileOffset: block.fileOffset,
    }));
}

/** A literal block scalar's text and the file offset of each of its offsets; only for the file's own documents. */
function literalBlockOf(yaml: YamlDocument, node: unknown): { text: string; fileOffset: (offset: number) => number } | undefined {
  if (yaml.text !== yaml.file.text || !isScalar(node) || node.type !== Scalar.BLOCK_LITERAL) return undefined;
  if (typeof node.value !== 'string' || !node.range) return undefined;
  const text = node.value;
  const headerEnd = yaml.file.text.indexOf('\n', node.range[0]);
  if (headerEnd === -1) return undefined;
  const lineStarts = matchingLineStarts(yaml.file.text, headerEnd + 1, text);
  if (!lineStarts) return undefined;
  const { starts, indent } = lineStarts;
  const positionInText = createPositionIndex(text);
  return {
    text,
    fileOffset: (offset) => {
      const { line, column } = positionInText(offset);
      return (starts[line - 1] ?? yaml.file.text.length) + indent + column - 1;
    },
  };
}

/**
 * The file offset where each line of the block's text starts, and the block's indentation, checking that each
 * non-empty line is the file's line less that indentation (so an explicit indentation indicator or a tab that breaks
 * the correspondence gives up instead of misplacing leaks).
 */
function matchingLineStarts(file: string, contentStart: number, text: string): { starts: number[]; indent: number } | undefined {
  const starts: number[] = [];
  let indent: number | undefined;
  let at = contentStart;
  for (const line of text.split('\n')) {
    const newline = file.indexOf('\n', at);
    const lineEnd = newline === -1 ? file.length : newline;
    const fileLine = file.slice(at, lineEnd).replace(/\r$/, '');
    if (line !== '') {
      indent ??= fileLine.length - fileLine.trimStart().length;
      if (!/^ *$/.test(fileLine.slice(0, indent)) || fileLine.slice(indent) !== line) return undefined;
    }
    starts.push(at);
    at = Math.min(lineEnd + 1, file.length);
  }
  return { starts, indent: indent ?? 0 };
}
