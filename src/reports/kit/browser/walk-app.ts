// The go-kit's walk: the same pure engine as `coop incident`, driven by
// buttons. Where the walk is lives in the address (#walk=<incident>), so a
// reload comes back to the same step: this file draws the screen the address
// names, and each screen moves on by changing it (page.ts).
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { show } from './page.js';
import { drawPlan, drawStart } from './plan-screen.js';
import { drawWalk } from './step-screen.js';

function route(): void {
  const place = decodeURIComponent(location.hash.slice(1));
  if (place.startsWith('walk=')) {
    drawWalk(place.slice(5));
    return;
  }
  if (place.startsWith('start=')) {
    drawStart(place.slice(6));
    return;
  }
  drawPlan();
  show('plan');
  // An anchor of the plain page (a runbook, a step): go there as a link would.
  if (place) document.getElementById(place)?.scrollIntoView();
}

window.addEventListener('hashchange', route);
route();

// Offline after the first visit: only where a service worker can be (http, https), never from a file.
if ('serviceWorker' in navigator && location.protocol.startsWith('http'))
  navigator.serviceWorker.register('sw.js').catch(() => undefined);
