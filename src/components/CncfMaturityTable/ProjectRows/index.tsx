import {useEffect, useMemo, type ReactNode} from 'react';
import allRowsHtml from './allRows';
import type {ProjectRowsProps} from './types';

/**
 * All projects' rows, as HTML, which the table filters and sorts by reading
 * and moving them (../readRows.ts). The optimization layer gives the browser
 * a twin that keeps the server's rows instead, so that the page's JavaScript
 * carries neither the rows nor their data (src/optimizations/cncf-rows-html).
 */
export default function ProjectRows({className, tbodyRef, onRows}: ProjectRowsProps): ReactNode {
  useEffect(() => {
    if (tbodyRef.current) onRows(tbodyRef.current);
  }, [tbodyRef, onRows]);
  const html = useMemo(() => ({__html: allRowsHtml()}), []);
  return <tbody ref={tbodyRef} className={className} data-project-rows="" dangerouslySetInnerHTML={html} />;
}
