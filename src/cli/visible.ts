// Makes untrusted text safe for a terminal: control characters are shown, never sent (a label cannot colour, move or clear the screen).

/**
 * C0 controls (except the line feed that ends a line) and DEL as their Unicode control pictures (ESC as "␛", TAB as
 * "␉"); C1 controls and the bidirectional overrides and isolates, which have no picture, as `\u` escapes ("\u009b").
 */
export function visible(text: string): string {
  return text.replace(/[\u0000-\u0009\u000b-\u001f\u007f]|[\u0080-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const code = c.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return '\u2421';
    return `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** JSON for a terminal: JSON.stringify already escapes C0 controls; C1 controls and bidi controls get `\u` escapes too (same value). */
export function visibleJson(json: string): string {
  return json.replace(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
