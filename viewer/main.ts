// Entry point of the viewer: asks for the dataset (?data=URL, default ./dataset.json) at once, then loads the code that
// validates and shows it, so the download runs while that code is fetched and compiled (about 0.3 s at start-up).
import { mark } from './timings.js';
import { showLoadError } from './ui/load-error.js';
import './style.css';

mark('script');
const url = new URLSearchParams(location.search).get('data') ?? 'dataset.json';
const response = fetch(url, { cache: 'no-store' });
// start() handles a failed request; until it is loaded, this keeps the rejection from being reported as unhandled.
response.catch(() => {});
void import('./start.js').then(
  ({ start }) => start(url, response),
  (error: unknown) => showLoadError('The viewer could not load its code', [error instanceof Error ? error.message : String(error), 'Reload the page; if the viewer was rebuilt or restarted since, its address may have changed.']),
);
