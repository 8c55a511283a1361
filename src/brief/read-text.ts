// Decodes a brief's bytes as UTF-8 text, refusing what is not text: an empty file, NUL bytes, invalid UTF-8.

export type TextResult = { ok: true; text: string } | { ok: false; line: number; column: number; message: string };

export function decodeBriefText(bytes: Uint8Array): TextResult {
  if (bytes.length === 0) return { ok: false, line: 1, column: 1, message: 'the file is empty' };
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, ...positionOf(bytes, nul), message: 'this is a binary file, not a text brief (a NUL byte)' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, ...positionOf(bytes, firstInvalidUtf8(bytes)), message: 'this is not UTF-8 text (an invalid byte sequence)' };
  }
  text = text.replace(/^\uFEFF/, '');
  if (text.trim() === '') return { ok: false, line: 1, column: 1, message: 'the file holds only blank space' };
  return { ok: true, text };
}

function positionOf(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) (line++, (start = i + 1));
  return { line, column: offset - start + 1 };
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  // The longest valid prefix, by bisection (a prefix may also end inside a valid character; step back over it).
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    try {
      decoder.decode(bytes.subarray(0, mid));
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  return lo;
}
