// `npm start`: Delego from the JavaScript in dist/, compiled from src/ first when a source is
// newer (scripts/build.mjs; `npm ci` already built it), in this same process.
import { buildIfStale } from './build.mjs';

process.setSourceMapsEnabled(true);
await buildIfStale();
await import('../dist/main.js');
