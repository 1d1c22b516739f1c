/**
 * A doc body in the browser, as the server drew it. The server renders the
 * MDX as usual; the browser's copy of each doc module (./thinModule.ts) has
 * no body, only this: the server's HTML, kept on the page that was loaded and
 * fetched with the page on a client-side navigation, plus the doc's islands
 * (./island.tsx) hydrated in place once the reader nears them. Terms and code blocks work through their
 * document listeners; links here get the client-side navigation and
 * prefetching that Docusaurus's <Link> gives.
 */
import {useLayoutEffect, useRef, type ComponentType, type ReactNode} from 'react';
import {hydrateRoot, type Root} from 'react-dom/client';
import {Router} from 'react-router-dom';
import {matchRoutes} from 'react-router-config';
import {useHistory} from '@docusaurus/router';
import routes from '@generated/routes';
// Through core's own path, which the hydration plugin swaps: so that useIsBrowser reads this very provider.
import {BrowserContextProvider} from '@docusaurus/core/lib/client/browserContext';

type History = ReturnType<typeof useHistory>;

/** The element the theme draws a doc body in (DocItem/Content), found by its class. */
export const BODY_CLASS = 'theme-doc-markdown markdown';
const BODY = '.theme-doc-markdown';

/** Bodies by permalink: the server's, read before anything changed it, or fetched. */
const bodies = new Map<string, string>();

const samePath = (a: string, b: string): boolean => decodeURI(a).replace(/\/$/, '') === decodeURI(b).replace(/\/$/, '');

/** The loaded page's own body, while it is still the server's: before hydration, on its own URL. */
function serverBody(permalink: string): string | undefined {
  // The server writes data-has-hydrated="false"; Docusaurus sets it to "true" once React has hydrated the page.
  if (document.documentElement.dataset.hasHydrated === 'true' || !samePath(window.location.pathname, permalink)) return undefined;
  return document.querySelector(BODY)?.innerHTML;
}

async function fetchedBody(permalink: string): Promise<string | undefined> {
  try {
    const response = await fetch(permalink, {headers: {Accept: 'text/html'}});
    if (!response.ok) return undefined;
    return new DOMParser().parseFromString(await response.text(), 'text/html').querySelector(BODY)?.innerHTML;
  } catch {
    return undefined;
  }
}

const isRoute = (pathname: string): boolean => matchRoutes(routes, pathname).some(({route}) => route.path !== '*');

/** The link an event concerns, if it leads to another route of this site in this tab. */
function routeLink(target: EventTarget | null, body: HTMLElement): HTMLAnchorElement | null {
  const link = target instanceof Element ? target.closest('a[href]') : null;
  if (!(link instanceof HTMLAnchorElement) || !body.contains(link)) return null;
  if (link.origin !== window.location.origin || (link.target && link.target !== '_self') || link.hasAttribute('download')) return null;
  if (link.pathname === window.location.pathname && link.hash) return null;
  return isRoute(link.pathname) ? link : null;
}

/** What <Link> does: push instead of load, preload on intent, prefetch once visible. */
function followLinks(body: HTMLElement, history: History): () => void {
  const onClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = routeLink(event.target, body);
    if (!link) return;
    event.preventDefault();
    history.push(link.pathname + link.search + link.hash);
  };
  const onIntent = (event: Event) => {
    const link = routeLink(event.target, body);
    if (link) window.docusaurus.preload(link.pathname);
  };
  const visible = new IntersectionObserver((entries) => {
    for (const {isIntersecting, target} of entries) {
      if (!isIntersecting) continue;
      visible.unobserve(target);
      window.docusaurus.prefetch((target as HTMLAnchorElement).pathname);
    }
  });
  body.querySelectorAll('a[href]').forEach((link) => routeLink(link, body) && visible.observe(link));
  body.addEventListener('click', onClick);
  body.addEventListener('pointerover', onIntent, {passive: true});
  body.addEventListener('touchstart', onIntent, {passive: true});
  return () => {
    visible.disconnect();
    body.removeEventListener('click', onClick);
    body.removeEventListener('pointerover', onIntent);
    body.removeEventListener('touchstart', onIntent);
  };
}

/** An island as the browser copy of its doc hands it over (./thinModule.ts): a function that loads its module. */
type IslandLoader = () => Promise<{default: ComponentType}>;

/**
 * How far from the screen an island starts to load and hydrate: a screen
 * ahead, so that its code is in and its controls are live by the time the
 * reader scrolls to it.
 */
const AHEAD = '100% 0px';

/**
 * Hydrates each island of the body in place, as a React root of its own, when
 * the reader is about to see it: its code is not part of the page's first
 * load. A page opened with a query string may be a shared view of an island's
 * state (the maturity table keeps its filters there): its islands hydrate at
 * once, so that the state applies before the reader gets there.
 */
function hydrateIslands(body: HTMLElement, islands: ReadonlyMap<string, IslandLoader>, history: History): () => void {
  const roots: Root[] = [];
  let stopped = false;
  const hydrate = (element: HTMLElement) => {
    const name = element.dataset.island!;
    const load = islands.get(name);
    if (!load)
      throw new Error(`src/optimizations/static-doc-bodies/content.tsx: the doc has an island "${name}" that its module does not import.`);
    void load().then(({default: Component}) => {
      if (stopped) return;
      roots.push(
        hydrateRoot(
          element,
          <Router history={history}>
            <BrowserContextProvider>
              <Component />
            </BrowserContextProvider>
          </Router>,
        ),
      );
    });
  };
  const elements = Array.from(body.querySelectorAll<HTMLElement>('[data-island]'));
  const near = new IntersectionObserver(
    (entries) => {
      for (const {isIntersecting, target} of entries) {
        if (!isIntersecting) continue;
        near.unobserve(target);
        hydrate(target as HTMLElement);
      }
    },
    {rootMargin: AHEAD},
  );
  for (const element of elements) {
    if (window.location.search) hydrate(element);
    else near.observe(element);
  }
  return () => {
    stopped = true;
    near.disconnect();
    // Not while React is committing this tree's removal.
    setTimeout(() => roots.forEach((root) => root.unmount()));
  };
}

/** When the body cannot be had (offline, gone), the page is loaded the ordinary way instead. */
function LoadThePage({permalink}: {permalink: string}): ReactNode {
  useLayoutEffect(() => window.location.assign(permalink), [permalink]);
  return null;
}

/**
 * The default export of a doc's browser module (./thinModule.ts writes the
 * call): the component DocItem draws for the body. It resolves once the body
 * is at hand, which Docusaurus waits for before it shows the page.
 */
export async function contentModule(permalink: string, islandsByName: Record<string, IslandLoader>): Promise<ComponentType> {
  const html = bodies.get(permalink) ?? serverBody(permalink) ?? (await fetchedBody(permalink));
  if (html === undefined) return () => <LoadThePage permalink={permalink} />;
  bodies.set(permalink, html);
  const inner = {__html: html};
  const islands = new Map(Object.entries(islandsByName));

  return function StaticContent(): ReactNode {
    const ref = useRef<HTMLDivElement>(null);
    const history = useHistory();
    useLayoutEffect(() => {
      const body = ref.current!;
      const stopIslands = hydrateIslands(body, islands, history);
      const stopFollowing = followLinks(body, history);
      return () => {
        stopFollowing();
        stopIslands();
      };
    }, [history]);
    // React neither hydrates nor rewrites the children of an element with inner HTML while the string stays the same.
    return <div ref={ref} className={BODY_CLASS} dangerouslySetInnerHTML={inner} />;
  };
}
