import {
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type PointerEvent,
  type ReactNode,
} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import {useLocation} from '@docusaurus/router';
import type {TermFields} from '@site/src/data/glossary/remark';
import styles from './styles.module.css';

/**
 * Authors write only the id (and, if they like, the words); the build adds the
 * term's fields from the glossary (src/data/glossary/remark.ts).
 */
type Props = Partial<TermFields> & {
  /** An id from src/data/glossary/terms.ts; an unknown id fails the build. */
  readonly id: string;
  /** The words as they read in the sentence; the term's Korean spelling if omitted. */
  readonly children?: ReactNode;
};

type Placement = {readonly shift: number; readonly above: boolean};

const AT_REST: Placement = {shift: 0, above: false};
/** Pixels kept between the popup and the edge of the viewport. */
const EDGE = 8;

function withFields(id: string, {ko, en, definition, href}: Partial<TermFields>): TermFields & {id: string} {
  if (ko === undefined || en === undefined || definition === undefined || href === undefined) {
    throw new Error(`<Term id="${id}"> has no glossary fields: only Markdown pages get them, from remarkGlossaryTerms in docusaurus.config.ts.`);
  }
  return {id, ko, en, definition, href};
}

/**
 * A glossary term in running text, with its definition in a popup.
 * Everything is a <span> so the term is valid inside a paragraph, and the
 * definition is in the server HTML so aria-describedby works before hydration.
 */
export default function Term({id, children, ...fields}: Props): ReactNode {
  const term = withFields(id, fields);
  const tooltipId = useId();
  const rootRef = useRef<HTMLSpanElement>(null);
  const triggerRef = useRef<HTMLSpanElement>(null);
  const popupRef = useRef<HTMLSpanElement>(null);
  // A tap both focuses and clicks the trigger; the click alone decides, so a tap toggles.
  const tapping = useRef(false);
  const [open, setOpen] = useState(false);
  const [placement, setPlacement] = useState<Placement>(AT_REST);
  const {pathname} = useLocation();
  const url = term.href;
  // On the page that explains the term, a link to that page would lead nowhere; the glossary says more.
  const isThisPage = !url.includes('#') && url.replace(/\/$/, '') === pathname.replace(/\/$/, '');
  const more = isThisPage
    ? {to: `/docs/glossary#${term.id}`, label: `용어집에서 ${term.ko} 보기`}
    : {to: url, label: `${term.ko} 자세히 보기`};

  // Measured before paint from the unshifted position, so the popup never flashes off-screen.
  useLayoutEffect(() => {
    const popup = popupRef.current;
    const root = rootRef.current;
    if (!open || !popup || !root) {
      setPlacement(AT_REST);
      return;
    }
    const box = popup.getBoundingClientRect();
    // The root's width, not innerWidth: on a phone the unshifted popup itself
    // widens the layout viewport, and innerWidth grows with it.
    const overflow = box.right - (document.documentElement.clientWidth - EDGE);
    const shift = overflow > 0 ? -Math.min(overflow, Math.max(box.left - EDGE, 0)) : 0;
    const above = box.bottom > window.innerHeight - EDGE && root.getBoundingClientRect().top > box.height + EDGE;
    setPlacement({shift, above});
  }, [open]);

  // Escape must close a popup opened by hover too, when focus is elsewhere (WCAG 1.4.13).
  useEffect(() => {
    if (!open) return undefined;
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      if (rootRef.current?.contains(document.activeElement)) triggerRef.current?.focus();
      setOpen(false);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [open]);

  const onPointerEnter = (event: PointerEvent) => {
    if (event.pointerType !== 'touch') setOpen(true);
  };
  const onPointerLeave = (event: PointerEvent) => {
    // A keyboard user who focused the term keeps the popup while the mouse wanders.
    const keyboardFocus = rootRef.current?.querySelector(':focus-visible');
    if (event.pointerType !== 'touch' && !keyboardFocus) setOpen(false);
  };
  const onFocus = (event: FocusEvent) => {
    const fromInside = rootRef.current?.contains(event.relatedTarget as Node | null);
    if (!tapping.current && !fromInside) setOpen(true);
  };
  const onBlur = (event: FocusEvent) => {
    if (!rootRef.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
  };
  const onPointerDown = (event: PointerEvent) => {
    tapping.current = event.pointerType === 'touch';
  };
  const onClick = () => {
    if (tapping.current) setOpen((wasOpen) => !wasOpen);
    tapping.current = false;
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      setOpen((wasOpen) => !wasOpen);
    }
  };

  return (
    <span
      ref={rootRef}
      className={styles.root}
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
      onFocus={onFocus}
      onBlur={onBlur}>
      <span
        ref={triggerRef}
        className={styles.trigger}
        role="button"
        tabIndex={0}
        aria-describedby={tooltipId}
        data-term={term.id}
        onPointerDown={onPointerDown}
        onClick={onClick}
        onKeyDown={onKeyDown}>
        {children ?? term.ko}
      </span>
      <span
        ref={popupRef}
        className={clsx(styles.popup, open && styles.open, placement.above && styles.above)}
        style={placement.shift ? {transform: `translateX(${placement.shift}px)`} : undefined}
        data-glossary-popup="">
        <span className={styles.card}>
          <span role="tooltip" id={tooltipId} className={styles.tooltip}>
            <span className={styles.english} lang="en">
              {term.en}
            </span>{' '}
            <span className={styles.definition}>{term.definition}</span>
          </span>
          <Link className={styles.more} to={more.to}>
            {more.label}
          </Link>
        </span>
      </span>
    </span>
  );
}
