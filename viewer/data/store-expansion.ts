// The viewer on a store (`claimgraph view --endpoint … --graph …`): the page holds only the neighbourhoods of the nodes
// expanded so far, named in its `data` address (api/neighbourhood?ids=a,b). Selecting a node not yet expanded loads the
// page again with that node added, so the browser never fetches the whole graph, and the address can be shared.

const API = 'api/neighbourhood';

/** The ids expanded so far, when the page shows a store's neighbourhoods; undefined for a local dataset. */
export function expandedIds(search: string = location.search): string[] | undefined {
  const data = new URLSearchParams(search).get('data');
  if (data === null || !data.startsWith(`${API}?`)) return undefined;
  return (new URLSearchParams(data.slice(API.length + 1)).get('ids') ?? '').split(',').filter(Boolean);
}

/** The address of the page with `id` expanded too, selected. */
export function expandedUrl(ids: readonly string[], id: string): string {
  const data = `${API}?ids=${[...ids, id].map(encodeURIComponent).join(',')}`;
  return `${location.pathname}?data=${encodeURIComponent(data)}#node=${encodeURIComponent(id)}`;
}

/** Makes selecting a node of a store's page load its neighbourhood; does nothing on a local dataset. */
export function expandOnSelect(app: { select(id: string): void }): void {
  const ids = expandedIds();
  if (ids === undefined) return;
  const select = app.select.bind(app);
  app.select = (id: string) => {
    select(id);
    if (!ids.includes(id)) location.assign(expandedUrl(ids, id));
  };
  document.body.dataset.store = 'true';
}
