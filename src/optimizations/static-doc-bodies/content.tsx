/**
 * A doc body in the browser, as the server drew it. The server renders the
 * MDX as usual; the browser's copy of each doc module (./thinModule.ts) has
 * no body, only this: the server's HTML, kept on the page that was loaded and
 * fetched with the page on a client-side navigation, plus the doc's islands
 * (./island.tsx) hydrated in place. Terms and code blocks work through their
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

function hydrateIslands(body: HTMLElement, islands: ReadonlyMap<string, ComponentType>, history: History): Root[] {
  return Array.from(body.querySelectorAll<HTMLElement>('[data-island]'), (element) => {
    const name = element.dataset.island!;
    const Component = islands.get(name);
    if (!Component) throw new Error(`src/optimizations/static-doc-bodies/content.tsx: the doc has an island "${name}" that its module does not import.`);
    return hydrateRoot(
      element,
      <Router history={history}>
        <BrowserContextProvider>
          <Component />
        </BrowserContextProvider>
      </Router>,
    );
  });
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
export async function contentModule(permalink: string, islandsByName: Record<string, ComponentType>): Promise<ComponentType> {
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
      const roots = hydrateIslands(body, islands, history);
      const stopFollowing = followLinks(body, history);
      return () => {
        stopFollowing();
        // Not while React is committing this tree's removal.
        setTimeout(() => roots.forEach((root) => root.unmount()));
      };
    }, [history]);
    // React neither hydrates nor rewrites the children of an element with inner HTML while the string stays the same.
    return <div ref={ref} className={BODY_CLASS} dangerouslySetInnerHTML={inner} />;
  };
}
