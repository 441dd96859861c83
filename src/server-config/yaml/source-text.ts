import type { Position } from '../text-position.js';

/** A half-open range of offsets into a text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A file's text and its offset-to-position index. */
export interface SourceText {
  readonly text: string;
  readonly positionOf: (offset: number) => Position;
}
