// Keys of the whole page: Esc closes the Download menu, else the sidebar drawer, else the panel; + and - zoom, 0 fits the visible graph.
export interface KeyActions {
  zoomIn(): void;
  zoomOut(): void;
  fit(): void;
  escape(): void;
}

export function mountKeys(actions: KeyActions): void {
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Escape') {
      actions.escape();
      return;
    }
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, select, textarea, [contenteditable="true"]')) return;
    if (event.key === '+' || event.key === '=') actions.zoomIn();
    else if (event.key === '-' || event.key === '_') actions.zoomOut();
    else if (event.key === '0') actions.fit();
    else return;
    event.preventDefault();
  });
}
