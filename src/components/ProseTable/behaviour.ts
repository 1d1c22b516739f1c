/**
 * Makes each table box that ./index.tsx draws a named region in the tab
 * order while its table is too wide for it, as a client module for every
 * table on the page: a keyboard can only scroll what it can focus, and a box
 * that scrolls nothing should not be a tab stop.
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import {sizeWatch} from '@site/src/lib/sizeWatch';

const BOXES = '[data-prose-table]';

/** "표: 구분, 가상 머신, 컨테이너": Markdown tables have no caption, so their column headings name them. */
function labelOf(box: Element): string {
  const headings = Array.from(box.querySelectorAll('thead th'), (cell) => cell.textContent?.trim() ?? '').filter(Boolean);
  return headings.length > 0 ? `표: ${headings.join(', ')}` : '표';
}

const sizes = sizeWatch((box) => {
  if (box.scrollWidth > box.clientWidth) {
    box.setAttribute('role', 'region');
    box.setAttribute('aria-label', labelOf(box));
    box.setAttribute('tabindex', '0');
  } else {
    ['role', 'aria-label', 'tabindex'].forEach((name) => box.removeAttribute(name));
  }
});

const watchTables = (): void => sizes.watch(Array.from(document.querySelectorAll(BOXES)));

if (ExecutionEnvironment.canUseDOM) watchTables();

export function onRouteDidUpdate(): void {
  watchTables();
}
