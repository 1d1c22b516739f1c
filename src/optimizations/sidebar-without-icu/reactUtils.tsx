/* eslint-disable react-hooks/refs, react-hooks/use-memo, react-hooks/exhaustive-deps --
   theme-common's own code, kept as upstream writes it so that pins:diff stays a plain comparison. */
import {useCallback, useMemo, useRef, type ComponentType, type ReactNode} from 'react';
import useIsomorphicLayoutEffect from '@docusaurus/useIsomorphicLayoutEffect';

/**
 * theme-common's reactUtils, except that useShallowMemoObject orders keys by
 * code unit instead of `localeCompare`. Any fixed order makes the memo
 * insensitive to key order, and the page's first `localeCompare` call loads
 * ICU's collator: on a phone, the docs sidebar's navbar filler paid about
 * 17 ms for it (70 ms at Lighthouse's 4x CPU) in the middle of hydration.
 */

export function useEvent<T extends (...args: never[]) => unknown>(callback: T): T {
  const ref = useRef(callback);
  useIsomorphicLayoutEffect(() => {
    ref.current = callback;
  }, [callback]);
  return useCallback((...args: Parameters<T>) => ref.current(...args), []) as T;
}

export function usePrevious<T>(value: T): T | undefined {
  const ref = useRef<T | undefined>(undefined);
  useIsomorphicLayoutEffect(() => {
    ref.current = value;
  });
  return ref.current;
}

export class ReactContextError extends Error {
  constructor(providerName: string, additionalInfo?: string) {
    super();
    this.name = 'ReactContextError';
    const hook = this.stack?.split('\n')[1]?.match(/at (?:\w+\.)?(?<name>\w+)/)?.groups?.name ?? '';
    this.message = `Hook ${hook} is called outside the <${providerName}>. ${additionalInfo ?? ''}`;
  }
}

const byKey = ([a]: [string, unknown], [b]: [string, unknown]) => (a < b ? -1 : a > b ? 1 : 0);

export function useShallowMemoObject<O extends object>(obj: O): O {
  const deps = Object.entries(obj).sort(byKey);
  // The entries are the dependencies: same keys and values, same object.
  return useMemo(() => obj, deps.flat());
}

export function composeProviders(providers: readonly ComponentType<{children: ReactNode}>[]): ComponentType<{children: ReactNode}> {
  return ({children}) => (
    <>
      {providers.reduceRight<ReactNode>(
        (element, CurrentProvider) => (
          <CurrentProvider>{element}</CurrentProvider>
        ),
        children,
      )}
    </>
  );
}
