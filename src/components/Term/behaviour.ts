/**
 * How every <Term> on a page behaves, as one set of listeners on the
 * document (a client module: docusaurus.config.ts). The terms are server
 * markup that no component hydrates, so they work as soon as this script
 * has run, whether React drew them or not.
 *
 * - A mouse or pen over the term opens it; leaving closes it, unless the
 *   keyboard has focus inside.
 * - Keyboard focus opens it, Enter or Space toggles it, Escape closes it
 *   (a popup opened by hover too, WCAG 1.4.13), focus leaving closes it.
 * - A tap toggles it: a tap both focuses and clicks, and only the click counts.
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import styles from './styles.module.css';

/** Pixels kept between the popup and the edge of the viewport. */
const EDGE = 8;

const ROOT = '[data-term-root]';
const TRIGGER = '[data-term]';
const POPUP = '[data-glossary-popup]';

/** The term a pointer tapped, whose focus must not open it: the click that follows decides. */
let tapped: Element | null = null;

const rootOf = (target: EventTarget | null): HTMLElement | null => (target instanceof Element ? target.closest<HTMLElement>(ROOT) : null);

const isOpen = (root: HTMLElement): boolean => root.querySelector(POPUP)?.classList.contains(styles.open!) ?? false;

/**
 * Opens the popup where it fits: measured from its unshifted place in the
 * same task that shows it, so it is never painted off screen. The root's
 * width, not innerWidth: on a phone the unshifted popup widens the layout
 * viewport, and innerWidth grows with it.
 */
function open(root: HTMLElement): void {
  const popup = root.querySelector<HTMLElement>(POPUP);
  if (!popup || isOpen(root)) return;
  popup.classList.add(styles.open!);
  const box = popup.getBoundingClientRect();
  const overflow = box.right - (document.documentElement.clientWidth - EDGE);
  const shift = overflow > 0 ? -Math.min(overflow, Math.max(box.left - EDGE, 0)) : 0;
  if (shift) popup.style.transform = `translateX(${shift}px)`;
  const above = box.bottom > window.innerHeight - EDGE && root.getBoundingClientRect().top > box.height + EDGE;
  popup.classList.toggle(styles.above!, above);
}

function close(root: HTMLElement): void {
  const popup = root.querySelector<HTMLElement>(POPUP);
  if (!popup) return;
  popup.classList.remove(styles.open!, styles.above!);
  popup.style.removeProperty('transform');
}

const toggle = (root: HTMLElement): void => (isOpen(root) ? close(root) : open(root));

/** pointerover and pointerout bubble; entering or leaving a root is when the other end lies outside it. */
const crossesRoot = (root: HTMLElement, other: EventTarget | null): boolean => !(other instanceof Node && root.contains(other));

function install(): void {
  document.addEventListener('pointerover', (event) => {
    const root = rootOf(event.target);
    if (root && event.pointerType !== 'touch' && crossesRoot(root, event.relatedTarget)) open(root);
  });
  document.addEventListener('pointerout', (event) => {
    const root = rootOf(event.target);
    if (!root || event.pointerType === 'touch' || !crossesRoot(root, event.relatedTarget)) return;
    // A keyboard user who focused the term keeps the popup while the mouse wanders.
    if (!root.querySelector(':focus-visible')) close(root);
  });
  document.addEventListener('focusin', (event) => {
    const root = rootOf(event.target);
    if (root && crossesRoot(root, event.relatedTarget) && tapped !== event.target) open(root);
  });
  document.addEventListener('focusout', (event) => {
    const root = rootOf(event.target);
    if (root && crossesRoot(root, event.relatedTarget)) close(root);
  });
  document.addEventListener('pointerdown', (event) => {
    const trigger = event.target instanceof Element ? event.target.closest(TRIGGER) : null;
    tapped = trigger && event.pointerType === 'touch' ? trigger : null;
  });
  document.addEventListener('click', (event) => {
    const trigger = event.target instanceof Element ? event.target.closest(TRIGGER) : null;
    const root = rootOf(trigger);
    if (root && trigger === tapped) toggle(root);
    tapped = null;
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      document.querySelectorAll<HTMLElement>(ROOT).forEach((root) => {
        if (!isOpen(root)) return;
        if (root.contains(document.activeElement)) root.querySelector<HTMLElement>(TRIGGER)?.focus();
        close(root);
      });
      return;
    }
    const trigger = event.target instanceof Element ? event.target.closest(TRIGGER) : null;
    const root = rootOf(trigger);
    if (root && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      toggle(root);
    }
  });
}

if (ExecutionEnvironment.canUseDOM) install();
