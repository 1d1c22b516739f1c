import {useEffect, useState, type ReactNode} from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import type {ProjectRowsProps} from './types';

/** React leaves the children of an element with inner HTML alone, and an unchanged string is never written again. */
const KEEP_SERVER_ROWS = {__html: ''};

/**
 * The browser's rows (the server renders ./index.tsx). Hydrating a page, it
 * keeps the server's rows as they are: no components, no data. Mounted by a
 * client-side navigation, with no server HTML, it loads the rows first.
 */
export default function ProjectRows({className, tbodyRef, onRows}: ProjectRowsProps): ReactNode {
  const isBrowser = useIsBrowser();
  // Fixed at mount: only a hydrating render has the server's rows in the document.
  const [hydrating] = useState(!isBrowser);
  const [html, setHtml] = useState<string | null>(null);

  useEffect(() => {
    if (hydrating) return undefined;
    let current = true;
    void import('./allRows').then(({default: allRowsHtml}) => current && setHtml(allRowsHtml()));
    return () => {
      current = false;
    };
  }, [hydrating]);

  useEffect(() => {
    if ((hydrating || html !== null) && tbodyRef.current) onRows(tbodyRef.current);
  }, [hydrating, html, tbodyRef, onRows]);

  return (
    <tbody
      ref={tbodyRef}
      className={className}
      dangerouslySetInnerHTML={hydrating ? KEEP_SERVER_ROWS : {__html: html ?? ''}}
      suppressHydrationWarning
    />
  );
}
