import MDXComponents from '@theme-original/MDXComponents';
import type {MDXComponentsObject} from '@theme/MDXComponents';
import ProseTable from '@site/src/components/ProseTable';

/** The theme's components, with Markdown tables in a box that scrolls on its own (see ProseTable). */
export default {...MDXComponents, table: ProseTable} satisfies MDXComponentsObject;
