// Decodes a brief's bytes as UTF-8 text, refusing what is not text: an empty file, UTF-16, NUL bytes, invalid UTF-8.
import { bytePosition, decodeUtf8, utf16Kind, type DecodedText } from '../io/decode-text.js';

export type TextResult = DecodedText;

export function decodeBriefText(bytes: Uint8Array): TextResult {
  if (bytes.length === 0) return { ok: false, line: 1, column: 1, message: 'the file is empty' };
  const nul = bytes.indexOf(0);
  if (nul >= 0 && !utf16Kind(bytes)) return { ok: false, ...bytePosition(bytes, nul), message: 'this is a binary file, not a text brief (a NUL byte)' };
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return decoded;
  if (decoded.text.trim() === '') return { ok: false, line: 1, column: 1, message: 'the file holds only blank space' };
  return decoded;
}
