// The page's one message when it cannot show anything: a heading and the reasons, as text; start-up stops there.
import { byId, h, replaceChildren } from './dom.js';

export function showLoadError(heading: string, lines: readonly string[]): void {
  const box = byId('load-error');
  replaceChildren(box, h('h2', {}, heading), h('pre', {}, lines.join('\n')));
  box.hidden = false;
  byId('load-status').textContent = '';
  document.body.dataset.ready = 'error';
}
