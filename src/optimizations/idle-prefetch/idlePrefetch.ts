/**
 * Docusaurus prefetches the code of every page a visible link leads to, each
 * in the IntersectionObserver callback that saw the link. On a page with a
 * long sidebar that is dozens of route lookups and <link rel=prefetch> tags
 * in the seconds after hydration, when a phone's main thread is busiest.
 * This queues them and runs them in idle time instead; a link the reader
 * points at is still preloaded at once (`preload` is left alone).
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';

type Docusaurus = Window['docusaurus'];
type Idle = {timeRemaining: () => number};

/** Milliseconds of idle time to leave unused in a frame. */
const MARGIN_MS = 4;
/**
 * An idle period can last 50 ms, and one prefetch (a route lookup plus a
 * few link tags) takes a few ms on a slow phone, so a drain that used all of
 * it would itself be a long task. Work stops after this many ms and resumes
 * in the next idle period.
 */
const SLICE_MS = 8;

function whenIdle(callback: (deadline: Idle) => void): void {
  if ('requestIdleCallback' in window) {
    window.requestIdleCallback(callback, {timeout: 3000});
  } else {
    setTimeout(() => callback({timeRemaining: () => 10}), 50);
  }
}

function idlePrefetching(docusaurus: Docusaurus): Docusaurus {
  const queue: string[] = [];
  let scheduled = false;
  const drain = (deadline: Idle) => {
    const stopAt = performance.now() + SLICE_MS;
    while (queue.length > 0 && deadline.timeRemaining() > MARGIN_MS && performance.now() < stopAt) {
      docusaurus.prefetch(queue.shift()!);
    }
    scheduled = queue.length > 0;
    if (scheduled) whenIdle(drain);
  };
  return {
    ...docusaurus,
    prefetch: (routePath: string) => {
      queue.push(routePath);
      if (!scheduled) {
        scheduled = true;
        whenIdle(drain);
      }
      return false;
    },
  };
}

let installed = false;

// The entry script sets window.docusaurus after client modules load, and
// links start prefetching only after the first render, which this follows.
export function onRouteDidUpdate(): void {
  if (installed || !ExecutionEnvironment.canUseDOM) return;
  installed = true;
  window.docusaurus = idlePrefetching(window.docusaurus);
}
