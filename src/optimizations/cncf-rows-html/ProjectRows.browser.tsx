import {useEffect, useState, type ReactNode} from 'react';
import type {ProjectRowsProps} from '@site/src/components/CncfMaturityTable/ProjectRows/types';

/** React leaves the children of an element with inner HTML alone, and an unchanged string is never written again. */
const KEEP_SERVER_ROWS = {__html: ''};

/** The server's rows, in the document before React renders over them (./index.tsx marks their body). */
const serverRowsInPage = (): boolean => document.querySelector('tbody[data-project-rows] > tr') !== null;

/**
 * The browser's rows (the server renders the component's own ProjectRows). Hydrating server HTML,
 * it keeps the server's rows as they are: no components, no data. Drawn with
 * no server HTML under it (the development server renders in the browser
 * only), it loads the rows first.
 */
export default function ProjectRows({className, tbodyRef, onRows}: ProjectRowsProps): ReactNode {
  // Fixed at mount: hydration keeps what the document already holds.
  const [hydrating] = useState(serverRowsInPage);
  const [html, setHtml] = useState<string | null>(null);

  useEffect(() => {
    if (hydrating) return undefined;
    let current = true;
    void import('@site/src/components/CncfMaturityTable/ProjectRows/allRows').then(({default: allRowsHtml}) => current && setHtml(allRowsHtml()));
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
      data-project-rows=""
      dangerouslySetInnerHTML={hydrating ? KEEP_SERVER_ROWS : {__html: html ?? ''}}
      suppressHydrationWarning
    />
  );
}
