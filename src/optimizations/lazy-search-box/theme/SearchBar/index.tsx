import {
  startTransition,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type ComponentType,
  type ReactNode,
  type RefObject,
} from 'react';
import clsx from 'clsx';
import {useLocation} from '@docusaurus/router';
import {translate} from '@docusaurus/Translate';
import {matchesKeymap, parseKeymap} from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/keymap';
// The plugin's own stylesheets, so the stand-in looks exactly like the box it stands in for.
import styles from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/SearchBar/SearchBar.module.css';
import ringStyles from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/LoadingRing/LoadingRing.module.css';
import {handOver, keepText, searchWhenReady, type Carried} from './handOver';
import layout from './styles.module.css';

/** The plugin's default `searchBarShortcutKeymap`, which this site keeps. */
const SHORTCUT = 'mod+k';
/** The query parameter the plugin adds to a result's link to highlight the words on the page it opens. */
const HIGHLIGHT_PARAM = '_highlight';

/** The plugin's search box as its server HTML draws it: a plain input until the reader reaches for it. */
function StandIn({carry}: {carry: RefObject<Carried | null>}): ReactNode {
  const inputRef = useRef<HTMLInputElement>(null);
  // Runs while the input is still in the page, just before the real box replaces it.
  useLayoutEffect(
    () => () => {
      const input = inputRef.current;
      if (input) carry.current = {value: input.value, focused: document.activeElement === input};
    },
    [carry],
  );
  return (
    <div className={clsx('navbar__search', styles.searchBarContainer)} dir="ltr">
      <svg aria-hidden="true" className={styles.searchIcon} focusable="false" viewBox="0 0 16 16">
        <path
          fill="currentColor"
          d="M6.02945 10.20327a4.17382 4.17382 0 1 1 4.17382-4.17382 4.15609 4.15609 0 0 1-4.17382 4.17382Zm9.69195 4.2199-4.8225-4.82338A5.88021 5.88021 0 0 0 12.058 6.02856 6.00467 6.00467 0 1 0 9.59979 10.8989l4.82338 4.82338a.89729.89729 0 0 0 1.29912 0 .89749.89749 0 0 0-.00087-1.29909Z"
        />
      </svg>
      <input
        ref={inputRef}
        placeholder={translate({id: 'theme.SearchBar.label', message: 'Search'})}
        aria-label={translate({id: 'theme.SearchBar.inputLabel', message: 'Search'})}
        className={`navbar__search-input ${styles.searchInput}`}
      />
      <div className={clsx(ringStyles.loadingRing, styles.searchBarLoadingRing)}>
        <div />
        <div />
        <div />
        <div />
      </div>
    </div>
  );
}

/**
 * The search plugin's navbar box, loaded when the reader reaches for it:
 * pointing at it, focusing it, touching it, pressing the shortcut, or opening
 * a page from a search result (whose words the plugin highlights). Until
 * then a stand-in with the same markup holds its place, so the box, its
 * autocomplete and mark.js stay out of every page's first load.
 */
export default function SearchBar(): ReactNode {
  const {search} = useLocation();
  const [Plugin, setPlugin] = useState<ComponentType | null>(null);
  const wanted = Plugin !== null;
  const rootRef = useRef<HTMLDivElement>(null);
  const carried = useRef<Carried | null>(null);
  const want = useCallback(() => {
    // By its path: in a plugin's theme, @theme-original is this module and @theme-init theme-classic's empty box.
    void import('@easyops-cn/docusaurus-search-local/dist/client/client/theme/SearchBar').then(({default: loaded}) =>
      startTransition(() => setPlugin(() => loaded)),
    );
  }, []);

  useEffect(() => {
    if (new URLSearchParams(search).has(HIGHLIGHT_PARAM)) want();
  }, [search, want]);

  useEffect(() => {
    if (wanted) return undefined;
    const root = rootRef.current;
    const shortcut = parseKeymap(SHORTCUT);
    const onKeyDown = (event: KeyboardEvent) => {
      if (!matchesKeymap(event, shortcut)) return;
      event.preventDefault();
      root?.querySelector('input')?.focus();
      want();
    };
    const intents = ['pointerenter', 'focusin', 'touchstart'] as const;
    intents.forEach((type) => root?.addEventListener(type, want, {passive: true}));
    document.addEventListener('keydown', onKeyDown);
    // A reader on a slow phone may have reached the server HTML's box before these listeners existed.
    if (root?.contains(document.activeElement)) want();
    return () => {
      intents.forEach((type) => root?.removeEventListener(type, want));
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [wanted, want]);

  // In the commit that mounts the plugin's box, before any keystroke can land in it: from then on every
  // letter typed is known, so an emptying the reader did not type can be undone (a later effect missed
  // the letters typed between the commit and the effect, seen under a throttled CPU).
  useLayoutEffect(() => {
    const input = wanted ? rootRef.current?.querySelector('input') : null;
    if (!input) return undefined;
    if (carried.current) handOver(input, carried.current);
    return keepText(input, input.value);
  }, [wanted]);
  useEffect(() => {
    const root = rootRef.current;
    const input = wanted ? root?.querySelector('input') : null;
    return root && input ? searchWhenReady(root, input) : undefined;
  }, [wanted]);

  // The stand-in, typed text and all, stays until the plugin's code is here. No
  // Suspense boundary: React's server renderer moves a boundary's HTML to the
  // end of a long page and a script puts it back after the first paint, which
  // made the browser lay the whole page out a second time.
  return (
    <div ref={rootRef} className={layout.slot}>
      {Plugin ? <Plugin /> : <StandIn carry={carried} />}
    </div>
  );
}
