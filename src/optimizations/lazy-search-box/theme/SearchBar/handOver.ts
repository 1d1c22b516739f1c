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
 * words, which empties it on a page without any. If that happens within
 * KEEP_MS of the hand-over, the reader's latest text stays, and an input
 * event tells the plugin's state so. The emptying is caught as it is made,
 * through the input's `value` setter: a reader who types on while it happens
 * would otherwise type into an empty box before any later check ran, and
 * lose what came before (seen: "레이어" became "이어"). Text the reader
 * deletes stays deleted: only an emptying the reader did not type is undone.
 */
/** Long enough for the plugin's first effects on a slow phone, whose effects run well after the commit. */
const KEEP_MS = 5000;

export function keepText(input: HTMLInputElement, text: string): () => void {
  const native = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!;
  let latest = text;
  // React keeps its own setter on the input, to know what it last wrote; it must go on seeing every write.
  const own = Object.getOwnPropertyDescriptor(input, 'value');
  const setter = (own ?? native).set!;
  const onInput = (event: Event) => {
    if (event.isTrusted) latest = input.value;
  };
  const stop = () => {
    window.clearTimeout(timer);
    input.removeEventListener('input', onInput);
    if (own) Object.defineProperty(input, 'value', own);
    else delete (input as {value?: string}).value;
  };
  Object.defineProperty(input, 'value', {
    configurable: true,
    get: (own ?? native).get,
    set(this: HTMLInputElement, value: string) {
      setter.call(this, value);
      if (value !== '' || latest === '') return;
      stop();
      // Past React's record of the write, so that the input event below reads as the change it is.
      native.set!.call(this, latest);
      queueMicrotask(() => this.dispatchEvent(new Event('input', {bubbles: true})));
    },
  });
  input.addEventListener('input', onInput);
  const timer = window.setTimeout(stop, KEEP_MS);
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
