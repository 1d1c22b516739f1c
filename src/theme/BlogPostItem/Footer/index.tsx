import type {ReactNode} from 'react';
import Footer from '@theme-original/BlogPostItem/Footer';
import type FooterType from '@theme/BlogPostItem/Footer';
import type {WrapperProps} from '@docusaurus/types';
import {useBlogPost} from '@docusaurus/plugin-content-blog/client';
import ReportProblem, {usePageUrl} from '@site/src/components/ReportProblem';

type Props = WrapperProps<typeof FooterType>;

/** The theme's post footer, then, on a post's own page (not in the list), "오류 신고" for the post. */
export default function FooterWrapper(props: Props): ReactNode {
  const {metadata, isBlogPostPage} = useBlogPost();
  const url = usePageUrl(metadata.permalink);
  if (!isBlogPostPage) return <Footer {...props} />;
  return (
    <>
      <Footer {...props} />
      <ReportProblem page={{title: metadata.title, url, version: '블로그 글'}} />
    </>
  );
}
