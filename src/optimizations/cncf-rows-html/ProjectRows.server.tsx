import {useEffect, useMemo, type ReactNode} from 'react';
import allRowsHtml from '@site/src/components/CncfMaturityTable/ProjectRows/allRows';
import type {ProjectRowsProps} from '@site/src/components/CncfMaturityTable/ProjectRows/types';
import {KOREAN_ROWS_IN_HTML} from './split';

/**
 * The server's rows: the component's own (src/components/CncfMaturityTable/ProjectRows),
 * except that only the first rows carry their Korean description (./split.ts);
 * the browser's twin (./ProjectRows.browser.tsx) adds the rest.
 */
export default function ProjectRows({className, tbodyRef, onRows}: ProjectRowsProps): ReactNode {
  useEffect(() => {
    if (tbodyRef.current) onRows(tbodyRef.current);
  }, [tbodyRef, onRows]);
  const html = useMemo(() => ({__html: allRowsHtml({koreanRows: KOREAN_ROWS_IN_HTML})}), []);
  return <tbody ref={tbodyRef} className={className} data-project-rows="" dangerouslySetInnerHTML={html} />;
}
