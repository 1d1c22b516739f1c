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
 * words, which empties it on a page without any. If that happens within a
 * second of the hand-over and before the reader types again, the reader's
 * text goes back, through an input event so the plugin's state holds it too.
 */
export function keepText(input: HTMLInputElement, text: string): () => void {
  if (!text) return () => undefined;
  const until = performance.now() + 1000;
  let frame = 0;
  const stop = () => {
    cancelAnimationFrame(frame);
    input.removeEventListener('input', onReaderInput);
  };
  function onReaderInput(event: Event) {
    if (event.isTrusted) stop();
  }
  const check = () => {
    if (input.value === '') {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, text);
      input.dispatchEvent(new Event('input', {bubbles: true}));
      stop();
    } else if (performance.now() < until) {
      frame = requestAnimationFrame(check);
    } else {
      stop();
    }
  };
  input.addEventListener('input', onReaderInput);
  frame = requestAnimationFrame(check);
  return stop;
}
