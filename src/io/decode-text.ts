// Decodes a file's bytes as UTF-8 text, or says exactly why not: UTF-16 (named), the first byte that is not UTF-8
// (with its line and column), or a text too long for one string. A UTF-8 byte order mark is dropped.
import { constants, isUtf8 } from 'node:buffer';

export type DecodedText = { ok: true; text: string } | { ok: false; line: number; column: number; message: string };

/** UTF-16 by its byte order mark, or by the NUL bytes every other byte of ASCII text has in it. */
export function utf16Kind(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16BE';
  if (bytes.length >= 4) {
    if (bytes[0] !== 0 && bytes[1] === 0 && bytes[2] !== 0 && bytes[3] === 0) return 'UTF-16LE';
    if (bytes[0] === 0 && bytes[1] !== 0 && bytes[2] === 0 && bytes[3] !== 0) return 'UTF-16BE';
  }
  return undefined;
}

/** 1-based line and column of byte `offset`; the column counts characters (UTF-16 units, as editors do) of the valid text before it. */
export function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) (line++, (start = i + 1));
  const before = Buffer.from(bytes.buffer, bytes.byteOffset + start, offset - start).toString('utf8');
  return { line, column: before.length + 1 };
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let length: number;
    let min = 0x80;
    let max = 0xbf;
    if (b < 0x80) length = 1;
    else if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) min = 0xa0; // no overlong forms
      if (b === 0xed) max = 0x9f; // no surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) min = 0x90;
      if (b === 0xf4) max = 0x8f;
    } else return i;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      if (k === 1 ? c < min || c > max : c < 0x80 || c > 0xbf) return i;
    }
    i += length;
  }
  return bytes.length;
}

/** The bytes as text, or why they are not UTF-8 text and where. */
export function decodeUtf8(bytes: Uint8Array): DecodedText {
  const utf16 = utf16Kind(bytes);
  if (utf16) return { ok: false, line: 1, column: 1, message: `this is ${utf16} text, not UTF-8: save it as UTF-8` };
  if (!isUtf8(bytes)) {
    const offset = firstInvalidUtf8(bytes);
    const byte = bytes[offset]!.toString(16).toUpperCase().padStart(2, '0');
    return { ok: false, ...bytePosition(bytes, offset), message: `this is not UTF-8 text: byte 0x${byte} cannot start or continue a UTF-8 character (Latin-1 or another encoding? save it as UTF-8)` };
  }
  // UTF-8 text is never shorter in bytes than in UTF-16 units, so only a file of more bytes than that can be too long.
  if (bytes.length > constants.MAX_STRING_LENGTH) {
    try {
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8');
    } catch {
      return { ok: false, line: 1, column: 1, message: `this file is too large to read as one text (${Math.round(bytes.length / 1e6)} MB; at most ${Math.floor(constants.MAX_STRING_LENGTH / 1e6)} million characters): split it into several files` };
    }
  }
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8');
  return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}
