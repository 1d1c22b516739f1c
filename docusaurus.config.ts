import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import {darkCodeTheme, lightCodeTheme} from './src/css/codeThemes';
import remarkGlossaryTerms from './src/data/glossary/remark';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkInlineCodeHyphens from './src/plugins/inline-code-hyphens/remark';
import {optimizationLayer} from './src/optimizations/layer';
import {figureSvgo} from './src/plugins/figures/svgo';
import type {PluginOptions as SearchOptions} from '@easyops-cn/docusaurus-search-local';
import {searchEngineFromEnv, type SearchEngine} from './src/search/engine';
import type {LlmsOptions} from './src/plugins/llms/plugin';
import type {ReportProblemOptions} from './src/plugins/report-problem/plugin';

// The one place that names the source repository: "edit this page", "오류 신고",
// the navbar and the footer all derive their links from it.
const repository = {
  url: 'https://github.com/container-docs-ko/container-docs',
  branch: 'main',
};

const siteUrl = 'https://container-docs-ko.github.io';

// The speed layer (src/optimizations), all of it unless SITE_OPTIMIZATIONS says otherwise (README).
// Its build-time highlighting needs the code block languages beyond Prism's own.
const layer = optimizationLayer(['bash', 'docker', 'yaml', 'json', 'toml', 'ini']);
// For docs, blog and pages in both builds: emphasis that CommonMark leaves open next to Hangul
// (`**파드 샌드박스(pod sandbox)**라는`) closes (npm run check:rendered finds any `**` left in a built page);
// <Term>s get their glossary entry at build time; inline code keeps `--cap-drop` on one line.
const remarkPlugins = [remarkCjkFriendly, ...layer.remarkPlugins, remarkGlossaryTerms, remarkInlineCodeHyphens];

// Site search: the local Korean-aware index (the default), or Algolia DocSearch
// once the index is too big to download. Set by the environment: SEARCH_ENGINE
// (local | algolia) and, for Algolia, DOCSEARCH_APP_ID, DOCSEARCH_API_KEY and
// DOCSEARCH_INDEX_NAME (src/search/engine.ts; docs-dev/search.md says when to switch).
const search: SearchEngine = searchEngineFromEnv();

const config = {
  title: '컨테이너 기술 문서',
  tagline: '가상머신과 컨테이너, 컨테이너 런타임, 이미지 레이어, CNCF를 한국어로 정확하게',
  favicon: 'img/favicon.svg',

  url: siteUrl,
  baseUrl: '/',
  trailingSlash: false,

  organizationName: 'container-docs-ko',
  projectName: 'container-docs',

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',

  markdown: {
    // Contributors write Markdown, not JSX: keep `<!-- truncate -->` and
    // `## 제목 {#id}` working even though the v4 flags turn these off by default.
    mdx1Compat: {
      comments: true,
      admonitions: true,
      headingIds: true,
    },
    hooks: {
      onBrokenMarkdownLinks: 'throw',
      onBrokenMarkdownImages: 'throw',
    },
  },

  future: {
    v4: true,
    faster: true,
  },

  i18n: {
    defaultLocale: 'ko',
    locales: ['ko'],
    localeConfigs: {
      ko: {label: '한국어', htmlLang: 'ko'},
    },
  },

  presets: [
    [
      'classic',
      {
        docs: {
          sidebarPath: './sidebars.ts',
          remarkPlugins,
          lastVersion: 'current',
          versions: {
            current: {label: '2.0 (최신)', path: ''},
            // The first edition is an archive: it says so on every page, and
            // search engines are pointed at the current edition instead.
            '1.0': {label: '1.0 (초판)', path: '1.0', banner: 'unmaintained', noIndex: true},
          },
          // Archived pages are never edited in place: every edit link, the
          // 1.0 edition's included, opens the current edition's source file.
          editUrl: ({docPath}) => `${repository.url}/edit/${repository.branch}/docs/${docPath}`,
          showLastUpdateTime: true,
          showLastUpdateAuthor: true,
        },
        blog: {
          showReadingTime: true,
          remarkPlugins,
          blogTitle: '블로그',
          blogSidebarTitle: '최근 글',
          blogDescription: '컨테이너 기술 문서의 소식과 컨테이너 생태계 해설',
          postsPerPage: 10,
          feedOptions: {
            type: ['rss', 'atom'],
            title: '컨테이너 기술 문서 블로그',
            description: '컨테이너 기술 문서의 소식과 컨테이너 생태계 해설',
            copyright: `© ${new Date().getFullYear()} 컨테이너 기술 문서 기여자. CC BY 4.0.`,
            language: 'ko',
          },
          editUrl: `${repository.url}/edit/${repository.branch}/`,
          showLastUpdateTime: true,
          showLastUpdateAuthor: true,
          onInlineTags: 'throw',
          onInlineAuthors: 'throw',
          onUntruncatedBlogPosts: 'throw',
        },
        pages: {remarkPlugins},
        theme: {
          customCss: './src/css/custom.css',
        },
        // Figures (src/components/Figure) are inline SVG.
        svgr: {svgrConfig: {svgoConfig: figureSvgo}},
        sitemap: {
          lastmod: 'date',
          changefreq: null,
          priority: null,
        },
      } satisfies Preset.Options,
    ],
  ],

  plugins: [
    './src/plugins/build-cache/plugin.ts',
    './src/data/cncf/plugin.ts',
    // Markdown copies of the current edition's pages, /llms.txt and /llms-full.txt (docs-dev/llms.md).
    [
      './src/plugins/llms/plugin.ts',
      {
        summary:
          '가상머신과 컨테이너, 이미지와 컨테이너, 컨테이너 런타임(containerd, CRI-O, runc), 이미지 레이어, CNCF와 프로젝트 성숙도를 다루는 한국어 기술 문서입니다.',
      } satisfies LlmsOptions,
    ],
    // DocSearch's navbar box and search page instead of the local ones.
    ...(search.kind === 'algolia' ? ['./src/search/hosted.ts'] : []),
    // "오류 신고" on every doc page, blog post and the 404 page: the issue form, filled in with the page and this build's commit.
    ['./src/plugins/report-problem/plugin.ts', {repository: repository.url} satisfies ReportProblemOptions],
  ],

  // Components whose behaviour is one set of document listeners, so it works on server markup alike.
  clientModules: [
    './src/components/MarkdownCopy/behaviour.ts',
    './src/components/ProseTable/behaviour.ts',
    './src/components/Term/behaviour.ts',
  ],

  themes: [
    // The search plugin with Korean-aware indexing and ranking: see docs-dev/search.md. With Algolia,
    // preset-classic adds @docusaurus/theme-search-algolia instead, for themeConfig.algolia.
    ...(search.kind !== 'local'
      ? []
      : [
          [
            './src/search/plugin.ts',
            {
              hashed: true,
              // Korean is analysed by src/search/analyzer.ts, which rebuilds the index;
              // lunr's Korean pipeline would only add its code to every page.
              language: ['en'],
              indexDocs: true,
              indexBlog: true,
              indexPages: false,
              docsRouteBasePath: '/docs',
              blogRouteBasePath: '/blog',
              highlightSearchTermsOnTargetPage: true,
              explicitSearchResultPath: true,
              searchResultLimits: 8,
              searchResultContextMaxLength: 60,
              searchBarShortcutHint: false,
              // The archived edition is noindex for search engines, yet readers of
              // it still need its own search index.
              forceIgnoreNoIndex: true,
              // <Term> tooltips repeat a glossary definition wherever a term is used;
              // indexed, they would make every page match every defined term. A figure's labels are
              // fragments; its caption and description carry its text.
              ignoreCssSelectors: ['[data-glossary-popup]', 'figure svg'],
              // Lists of posts, not posts.
              ignoreFiles: [/^blog\/(archive|authors|page)(\/|$)/],
            } satisfies SearchOptions,
          ],
        ]),
    // After the search theme, so that their theme components come first.
    ...layer.themes,
  ],

  themeConfig: {
    ...(search.kind === 'algolia' && {
      algolia: {
        appId: search.appId,
        apiKey: search.apiKey,
        indexName: search.indexName,
        // Results from the docs version being read, in the site's language, as the crawler
        // records them from the docsearch:* meta tags (deploy/docsearch/crawler.config.js).
        contextualSearch: true,
        searchPagePath: 'search',
      },
    }),
    image: 'img/social-card.png',
    metadata: [{name: 'keywords', content: '컨테이너, 도커, containerd, CRI-O, runc, 이미지 레이어, CNCF, Kubernetes'}],
    colorMode: {
      respectPrefersColorScheme: true,
    },
    docs: {
      sidebar: {hideable: true},
    },
    navbar: {
      title: '컨테이너 기술 문서',
      logo: {
        alt: '컨테이너 기술 문서 로고',
        src: 'img/logo.svg',
        width: 32,
        height: 32,
      },
      items: [
        {type: 'docSidebar', sidebarId: 'docs', position: 'left', label: '문서'},
        {to: '/docs/glossary', label: '용어집', position: 'left'},
        {to: '/blog', label: '블로그', position: 'left'},
        {type: 'docsVersionDropdown', position: 'right', dropdownActiveClassDisabled: true},
        {href: repository.url, label: 'GitHub', position: 'right'},
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: '문서',
          items: [
            {label: '시작하기', to: '/docs/'},
            {label: '컨테이너', to: '/docs/containers'},
            {label: '컨테이너 런타임', to: '/docs/runtimes'},
            {label: '이미지 레이어', to: '/docs/layers'},
            {label: '스토리지', to: '/docs/storage'},
            {label: '네트워크', to: '/docs/networking'},
            {label: '보안', to: '/docs/security'},
            {label: 'CNCF', to: '/docs/cncf'},
            {label: '용어집', to: '/docs/glossary'},
          ],
        },
        {
          title: '더 보기',
          items: [
            {label: '블로그', to: '/blog'},
            {label: 'RSS 피드', href: `${siteUrl}/blog/rss.xml`},
            {label: '소스 저장소', href: repository.url},
          ],
        },
        {
          title: '라이선스',
          items: [
            {label: '문서: CC BY 4.0', href: 'https://creativecommons.org/licenses/by/4.0/deed.ko'},
            {label: '라이선스 전문', href: `${repository.url}/blob/${repository.branch}/LICENSE`},
          ],
        },
      ],
      copyright: `© ${new Date().getFullYear()} 컨테이너 기술 문서 기여자. 문서는 CC BY 4.0, 코드는 MIT 라이선스로 배포합니다.`,
    },
    prism: {
      theme: lightCodeTheme,
      darkTheme: darkCodeTheme,
      additionalLanguages: layer.prismAdditionalLanguages,
    },
    tableOfContents: {
      minHeadingLevel: 2,
      maxHeadingLevel: 3,
    },
  } satisfies Preset.ThemeConfig,
} satisfies Config;

export default config;
