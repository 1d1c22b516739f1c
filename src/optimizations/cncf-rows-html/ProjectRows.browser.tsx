import {useEffect, useState, type ReactNode} from 'react';
import type {ProjectRowsProps} from '@site/src/components/CncfMaturityTable/ProjectRows/types';

/** React leaves the children of an element with inner HTML alone, and an unchanged string is never written again. */
const KEEP_SERVER_ROWS = {__html: ''};

/** The server's rows, in the document before React renders over them (./index.tsx marks their body). */
const serverRowsInPage = (): boolean => document.querySelector('tbody[data-project-rows] > tr') !== null;

/**
 * Gives the server's rows the Korean descriptions their HTML leaves out
 * (./split.ts): each goes where the server writes one, after the area.
 */
function addDeferredKorean(tbody: HTMLTableSectionElement, korean: Readonly<Record<string, string>>): void {
  for (const row of Array.from(tbody.rows)) {
    const cell = row.cells[0];
    const name = cell?.querySelector('a')?.textContent ?? '';
    if (!cell || !Object.hasOwn(korean, name) || cell.querySelector(':scope > p:not([class])')) continue;
    const paragraph = document.createElement('p');
    paragraph.textContent = korean[name]!;
    cell.querySelector(':scope > small')?.after(paragraph);
  }
}

/**
 * The browser's rows (the server renders ./ProjectRows.server.tsx). Hydrating
 * server HTML, it keeps the server's rows as they are: no components, no
 * data, only the Korean descriptions the HTML left out, which it adds before
 * the table reads the rows. Drawn with no server HTML under it (the
 * development server renders in the browser only), it loads the rows first.
 */
export default function ProjectRows({className, tbodyRef, onRows}: ProjectRowsProps): ReactNode {
  // Fixed at mount: hydration keeps what the document already holds.
  const [hydrating] = useState(serverRowsInPage);
  const [html, setHtml] = useState<string | null>(null);
  const [complete, setComplete] = useState(false);

  useEffect(() => {
    let current = true;
    if (hydrating) {
      void import('@generated/optimization-cncf-rows-html/default/korean.json').then(
        ({default: korean}) => {
          if (!current || !tbodyRef.current) return;
          addDeferredKorean(tbodyRef.current, korean);
          setComplete(true);
        },
        // Offline: the table works with the rows as they are.
        () => current && setComplete(true),
      );
    } else {
      void import('@site/src/components/CncfMaturityTable/ProjectRows/allRows').then(({default: allRowsHtml}) => {
        if (!current) return;
        setHtml(allRowsHtml());
        setComplete(true);
      });
    }
    return () => {
      current = false;
    };
  }, [hydrating, tbodyRef]);

  useEffect(() => {
    if (complete && tbodyRef.current) onRows(tbodyRef.current);
  }, [complete, tbodyRef, onRows]);

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
