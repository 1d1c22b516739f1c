import {useCallback, useEffect, useRef, type MouseEvent, type ReactNode} from 'react';
import {useHistory, useLocation} from '@docusaurus/router';
import {translate} from '@docusaurus/Translate';
import {SkipToContentFallbackId} from '@docusaurus/theme-common';
import styles from './styles.module.css';

/** What theme-common's skip link focuses (skipToContentUtils): the page's <main>, else the layout's fallback. */
const skipTarget = (): HTMLElement | null =>
  document.querySelector<HTMLElement>('main:first-of-type') ?? document.getElementById(SkipToContentFallbackId);

function programmaticFocus(element: HTMLElement): void {
  element.setAttribute('tabindex', '-1');
  element.focus();
  element.removeAttribute('tabindex');
}

/**
 * The theme's skip link (theme-classic SkipToContent, whose markup, label and
 * styles this keeps), with one change. The theme moves focus to the top of
 * the page on every location a link or a script pushes, to tell a screen
 * reader a new page has come; but a page that keeps its state in the query
 * pushes locations too (the CNCF maturity table, for each filter chosen, so
 * that Back undoes it), and there this sent a keyboard user's focus, and the
 * page, back to the top after each choice. Focus now moves only when the
 * pushed location is another page.
 */
export default function SkipToContent(): ReactNode {
  const container = useRef<HTMLDivElement>(null);
  const location = useLocation();
  const {action} = useHistory();
  const previous = useRef(location);
  useEffect(() => {
    const before = previous.current;
    previous.current = location;
    if (before === location || !container.current) return;
    if (action === 'PUSH' && !location.hash && location.pathname !== before.pathname) programmaticFocus(container.current);
  }, [location, action]);
  const onClick = useCallback((event: MouseEvent) => {
    event.preventDefault();
    const target = skipTarget();
    if (target) programmaticFocus(target);
  }, []);
  const label = translate({
    id: 'theme.common.skipToMainContent',
    description:
      'The skip to content label used for accessibility, allowing to rapidly navigate to main content with keyboard tab/enter navigation',
    message: 'Skip to main content',
  });
  return (
    <div ref={container} role="region" aria-label={label}>
      {/* The fallback for a page without JavaScript, as the theme's. */}
      <a className={styles.skipToContent} href={`#${SkipToContentFallbackId}`} onClick={onClick}>
        {label}
      </a>
    </div>
  );
}
