// A check the LaTeX exports' tests share: the braces LaTeX would read as grouping balance.

/** Braces that LaTeX would see as grouping (not escaped with a backslash) balance. */
export function groupingBalanced(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') {
      i++;
      continue;
    }
    if (text[i] === '{') depth++;
    if (text[i] === '}' && --depth < 0) return false;
  }
  return depth === 0;
}
