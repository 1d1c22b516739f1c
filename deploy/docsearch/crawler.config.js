/* global Crawler -- the Algolia Crawler's editor provides it */
// Algolia Crawler configuration for DocSearch: paste it into the crawler's
// editor (dashboard.algolia.com → Data sources → Crawler) and fill in appId,
// apiKey (the crawler's write key, not the search key the site uses) and the
// index name, which must match DOCSEARCH_INDEX_NAME. docs-dev/search.md says
// when the site switches to DocSearch and how.
//
// It follows Docusaurus's DocSearch template, fitted to this site:
// - both docs editions: the latest under /docs/ and the 1.0 archive under
//   /docs/1.0/. The archive is noindex, nofollow and left out of the sitemap
//   for search engines, so the crawler starts from it too and is told to
//   index and follow it anyway (ignoreNoIndex, ignoreNoFollowTo);
// - the blog's posts, but not its lists (pages, tags, authors, archive);
// - each record's version and language come from the pages' docsearch:version,
//   docsearch:language and docsearch:docusaurus_tag meta tags, which the site's
//   contextualSearch filters on, so a reader of 1.0 searches 1.0 only;
// - Korean is the index language (indexLanguages), queries may be Korean or
//   English (queryLanguages);
// - glossary tooltips and the labels inside figures are left out, as the local
//   index leaves them out (docusaurus.config.ts, ignoreCssSelectors).
const SITE = 'https://container-docs-ko.github.io';
const INDEX_NAME = 'container-docs-ko';

new Crawler({
  appId: 'YOUR_APP_ID',
  apiKey: 'YOUR_CRAWLER_API_KEY',
  rateLimit: 8,
  maxDepth: 10,
  startUrls: [`${SITE}/`, `${SITE}/docs/`, `${SITE}/docs/1.0/`, `${SITE}/blog/`],
  sitemaps: [`${SITE}/sitemap.xml`],
  ignoreCanonicalTo: true,
  ignoreNoIndex: true,
  ignoreNoFollowTo: true,
  discoveryPatterns: [`${SITE}/**`],
  exclusionPatterns: [
    `${SITE}/search`,
    `${SITE}/search/**`,
    `${SITE}/blog/page/**`,
    `${SITE}/blog/tags`,
    `${SITE}/blog/tags/**`,
    `${SITE}/blog/authors`,
    `${SITE}/blog/authors/**`,
    `${SITE}/blog/archive`,
    `${SITE}/**/*.md`,
    `${SITE}/**/*.txt`,
    `${SITE}/**/*.xml`,
  ],
  actions: [
    {
      indexName: INDEX_NAME,
      pathsToMatch: [`${SITE}/docs/**`, `${SITE}/docs`, `${SITE}/blog/**`],
      recordExtractor: ({$, helpers}) => {
        // Text that is not the page's own: tooltips repeating glossary definitions, figure labels, anchors.
        $('[data-glossary-popup], figure svg, .hash-link, .theme-doc-toc-mobile, .theme-doc-version-banner').remove();
        // The deepest open sidebar category, else the navbar item (문서, 블로그), names the page's area.
        const lvl0 =
          $('.menu__link.menu__link--sublist.menu__link--active, .navbar__item.navbar__link--active').last().text().trim() || '문서';
        return helpers.docsearch({
          recordProps: {
            lvl0: {selectors: '', defaultValue: lvl0},
            lvl1: ['header h1', 'article h1'],
            lvl2: 'article h2',
            lvl3: 'article h3',
            lvl4: 'article h4',
            lvl5: 'article h5, article td:first-child',
            lvl6: 'article h6',
            content: 'article p, article li, article td:last-child, article figcaption',
          },
          indexHeadings: true,
          aggregateContent: true,
          recordVersion: 'v3',
        });
      },
    },
  ],
  initialIndexSettings: {
    [INDEX_NAME]: {
      // contextualSearch filters on language and docusaurus_tag (docs-default-current, docs-default-1.0, …).
      attributesForFaceting: ['type', 'lang', 'language', 'version', 'docusaurus_tag'],
      attributesToRetrieve: ['hierarchy', 'content', 'anchor', 'url', 'url_without_anchor', 'type'],
      attributesToHighlight: ['hierarchy', 'content'],
      attributesToSnippet: ['content:10'],
      camelCaseAttributes: ['hierarchy', 'content'],
      searchableAttributes: [
        'unordered(hierarchy.lvl0)',
        'unordered(hierarchy.lvl1)',
        'unordered(hierarchy.lvl2)',
        'unordered(hierarchy.lvl3)',
        'unordered(hierarchy.lvl4)',
        'unordered(hierarchy.lvl5)',
        'unordered(hierarchy.lvl6)',
        'content',
      ],
      distinct: true,
      attributeForDistinct: 'url',
      customRanking: ['desc(weight.pageRank)', 'desc(weight.level)', 'asc(weight.position)'],
      ranking: ['words', 'filters', 'typo', 'attribute', 'proximity', 'exact', 'custom'],
      highlightPreTag: '<span class="algolia-docsearch-suggestion--highlight">',
      highlightPostTag: '</span>',
      // Korean: segmented and normalised as Korean when indexing; readers search in Korean and English.
      indexLanguages: ['ko'],
      queryLanguages: ['ko', 'en'],
      minWordSizefor1Typo: 4,
      minWordSizefor2Typos: 8,
      allowTyposOnNumericTokens: false,
      minProximity: 1,
      ignorePlurals: true,
      advancedSyntax: true,
      attributeCriteriaComputedByMinProximity: true,
      removeWordsIfNoResults: 'allOptional',
      separatorsToIndex: '_',
    },
  },
});
