// Short status messages ("Link copied", "ForceAtlas2: settled") that clear themselves, in a slot of fixed width.
const timers = new WeakMap<HTMLElement, number>();

export function showStatus(element: HTMLElement, text: string, clearAfterMs = 3000): void {
  element.textContent = text;
  const previous = timers.get(element);
  if (previous !== undefined) clearTimeout(previous);
  if (clearAfterMs > 0) timers.set(element, window.setTimeout(() => (element.textContent = ''), clearAfterMs));
}
