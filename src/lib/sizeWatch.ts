import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';

/** Elements whose size is followed; see sizeWatch. */
export type SizeWatch = {
  /** Follows these elements too (again is harmless) and stops following those no longer in the page. */
  readonly watch: (elements: readonly Element[]) => void;
};

/**
 * Calls `onResize` for an element once the browser has laid it out and again
 * whenever its size changes, so that nothing here forces a layout; that
 * covers window resizes and a hidden panel becoming visible. Elements are
 * added as pages are drawn (client-side navigation replaces them), and the
 * ones that left the page are let go.
 */
export function sizeWatch(onResize: (element: Element) => void): SizeWatch {
  if (!ExecutionEnvironment.canUseDOM) return {watch: () => undefined};
  const observer = new ResizeObserver((entries) => entries.forEach(({target}) => onResize(target)));
  const watched = new Set<Element>();
  return {
    watch: (elements) => {
      for (const element of watched) {
        if (element.isConnected) continue;
        observer.unobserve(element);
        watched.delete(element);
      }
      for (const element of elements) {
        if (watched.has(element)) continue;
        observer.observe(element);
        watched.add(element);
      }
    },
  };
}
