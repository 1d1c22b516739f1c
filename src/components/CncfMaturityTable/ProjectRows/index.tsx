import type {ReactNode} from 'react';
import allRowsHtml from './allRows';
import type {ProjectRowsProps} from './types';

/**
 * The server's rows: all projects, as HTML. The browser bundle takes
 * ./index.browser.tsx instead, which keeps these rows rather than hydrating
 * them, so the page's JavaScript carries neither the rows nor their data.
 */
export default function ProjectRows({className, tbodyRef}: ProjectRowsProps): ReactNode {
  return <tbody ref={tbodyRef} className={className} data-project-rows="" dangerouslySetInnerHTML={{__html: allRowsHtml()}} />;
}
