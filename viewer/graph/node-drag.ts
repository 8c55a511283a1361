// Dragging a node with the mouse (or a finger): pressing a node and moving the pointer moves the node by as much as the
// pointer moved, in graph units (sigma's viewportToGraph), and not the camera; sigma's edges and the label layer follow.
// A press that moved is not a click (sigma counts the moves), so a drag selects nothing.
import type { MultiDirectedGraph } from 'graphology';
import type Sigma from 'sigma';

/** Wires dragging on `sigma`, whose graph is `display` (positions in its x and y attributes). */
export function mountNodeDrag(sigma: Sigma, display: MultiDirectedGraph<{ x: number; y: number }>): void {
  let drag: { node: string; pointer: { x: number; y: number }; start: { x: number; y: number } } | null = null;
  sigma.on('downNode', ({ node, event }) => {
    const { x, y } = display.getNodeAttributes(node);
    // Where the pointer went down, so the node keeps its offset from it (sigma's built-in drag starts at the first move).
    drag = { node, pointer: sigma.viewportToGraph(event), start: { x, y } };
  });
  sigma.on('moveBody', ({ event, preventSigmaDefault }) => {
    if (!drag || !display.hasNode(drag.node)) return;
    // The camera would pan with the pointer: not while a node is held.
    preventSigmaDefault();
    const at = sigma.viewportToGraph(event);
    display.mergeNodeAttributes(drag.node, { x: drag.start.x + at.x - drag.pointer.x, y: drag.start.y + at.y - drag.pointer.y });
  });
  const end = () => (drag = null);
  sigma.on('upNode', end);
  sigma.on('upStage', end);
}
