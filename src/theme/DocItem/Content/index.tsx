import type {ReactNode} from 'react';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type {WrapperProps} from '@docusaurus/types';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import CheckedLine from '@site/src/components/CheckedLine';
import {readChecked} from '@site/src/data/checked';

type Props = WrapperProps<typeof ContentType>;

/**
 * The theme's DocItem/Content with the page's checked line above it: the
 * month it was last checked against its sources and the versions it
 * describes, from the checked_on and checked_versions front matter. It sits
 * outside the doc body's element, which the production build keeps as the
 * server drew it (src/optimizations/static-doc-bodies), and reads the front matter the browser's doc
 * module keeps, so the server and the browser draw the same line. Pages
 * without the fields (the archived edition) show none.
 */
export default function ContentWrapper(props: Props): ReactNode {
  const {frontMatter} = useDoc();
  const {checked} = readChecked(frontMatter as Readonly<Record<string, unknown>>);
  return (
    <>
      {checked && <CheckedLine checked={checked} />}
      <Content {...props} />
    </>
  );
}
