// A polite live region: tells screen-reader users what was selected (the graph itself is a picture).
import { byId } from './dom.js';

export function announce(text: string): void {
  const region = byId('announcer');
  // Clearing first makes the same text be announced again.
  region.textContent = '';
  requestAnimationFrame(() => (region.textContent = text));
}
