import type {ReactNode} from 'react';
import Footer from '@theme-original/DocItem/Footer';
import type FooterType from '@theme/DocItem/Footer';
import type {WrapperProps} from '@docusaurus/types';
import {useDoc, useDocsVersion} from '@docusaurus/plugin-content-docs/client';
import ReportProblem, {usePageUrl} from '@site/src/components/ReportProblem';

type Props = WrapperProps<typeof FooterType>;

/** The theme's doc footer (tags, edit link, last updated), then "오류 신고" for this page and edition: outside the doc body. */
export default function FooterWrapper(props: Props): ReactNode {
  const {metadata} = useDoc();
  const {label} = useDocsVersion();
  const url = usePageUrl(metadata.permalink);
  return (
    <>
      <Footer {...props} />
      <ReportProblem page={{title: metadata.title, url, version: label}} />
    </>
  );
}
