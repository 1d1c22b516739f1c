/**
 * Moving what the reader did to the stand-in over to the plugin's real box.
 * Plain DOM work, kept out of the component.
 */

/** The stand-in's text and whether it had the focus, read just before it leaves the page. */
export type Carried = {value: string; focused: boolean};

/**
 * Leaves the real box as if the reader had typed into its server HTML before
 * hydration, a case the plugin handles on mount: it adopts the text in the
 * input and, if the input has focus, loads the index once. Focusing through
 * React's onFocus instead would load it a second time before the plugin has
 * settled on the docs version.
 */
export function handOver(input: HTMLInputElement, carried: Carried): void {
  if (carried.value) input.value = carried.value;
  if (!carried.focused) return;
  const keepFromReact = (event: FocusEvent) => event.stopPropagation();
  input.addEventListener('focusin', keepFromReact, {capture: true});
  try {
    input.focus();
  } finally {
    input.removeEventListener('focusin', keepFromReact, {capture: true});
  }
}

/**
 * Shortly after mounting, the plugin sets the box to the page's highlight
 * words, which empties it on a page without any. If that happens within two
 * seconds of the hand-over, the reader's latest text goes back, through an
 * input event so the plugin's state holds it too. Text the reader deletes
 * stays deleted: only an emptying the reader did not type is undone.
 */
export function keepText(input: HTMLInputElement, text: string): () => void {
  const until = performance.now() + 2000;
  let latest = text;
  let frame = 0;
  const onInput = (event: Event) => {
    if (event.isTrusted) latest = input.value;
  };
  const stop = () => {
    cancelAnimationFrame(frame);
    input.removeEventListener('input', onInput);
  };
  const check = () => {
    if (input.value === '' && latest !== '') {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, latest);
      input.dispatchEvent(new Event('input', {bubbles: true}));
      stop();
    } else if (performance.now() < until) {
      frame = requestAnimationFrame(check);
    } else {
      stop();
    }
  };
  input.addEventListener('input', onInput);
  frame = requestAnimationFrame(check);
  return stop;
}

/** The class autocomplete.js gives the element it wraps the input in, once the index is loaded. */
const AUTOCOMPLETE_ROOT = 'algolia-autocomplete';

/**
 * Text typed before the index arrived has not been searched: autocomplete.js
 * only searches on input events it sees. Once it has wrapped the input, one
 * more input event makes it search what the box already says.
 */
export function searchWhenReady(root: HTMLElement, input: HTMLInputElement): () => void {
  const search = (): boolean => {
    if (!input.closest(`.${AUTOCOMPLETE_ROOT}`)) return false;
    if (input.value !== '' && document.activeElement === input) input.dispatchEvent(new Event('input', {bubbles: true}));
    return true;
  };
  const observer = new MutationObserver(() => {
    if (search()) observer.disconnect();
  });
  observer.observe(root, {childList: true, subtree: true});
  const timer = window.setTimeout(() => observer.disconnect(), 15_000);
  return () => {
    observer.disconnect();
    window.clearTimeout(timer);
  };
}
