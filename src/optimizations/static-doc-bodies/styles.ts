/**
 * The stylesheets of what draws doc bodies, as a client module. Docusaurus
 * builds the page's one stylesheet from the browser bundle, and the browser
 * no longer loads the components a doc body is drawn with (./content.tsx):
 * their CSS modules would drop out of it while the server still writes their
 * class names. Every CSS module of the site's components, and of the theme's
 * components that Markdown renders, is named here for its styles alone:
 * lazily, so their class-name maps stay out of main.js, while Docusaurus
 * still gathers all CSS into the one stylesheet every page loads.
 */
import.meta.webpackContext('../../components', {recursive: true, regExp: /\.module\.css$/, mode: 'lazy'});
import.meta.webpackContext('@docusaurus/theme-classic/lib/theme', {
  recursive: true,
  regExp: /\/(Admonition|CodeBlock|Details|Heading|MDXComponents)\/.*\.module\.css$/,
  mode: 'lazy',
});
