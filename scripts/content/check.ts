/**
 * The fast content check: everything a contributor can get wrong in Markdown,
 * found without a full build, each problem as `file:line: what and how to fix`.
 */
import {existsSync, readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {DEFAULT_PARSE_FRONT_MATTER} from '@docusaurus/utils';
import yaml from 'js-yaml';
import {KOREAN_DESCRIPTIONS_FILE, englishOf} from '../../src/data/cncf/descriptions';
import type {CncfProject} from '../../src/data/cncf/types';
import {formatProblem as formatDataProblem, validateSnapshot} from '../../src/data/cncf/validate';
import {STALE_AFTER_DAYS, dayOf, daysBetween, localDay, readChecked} from '../../src/data/checked';
import {glossary} from '../../src/data/glossary';
import {textDiagrams} from './diagrams';
import {bareCitations, headings, links, sourceLines, type Heading, type SourceLine} from './markdown';
import {styleRules} from '../../src/data/glossary/style';
import {misspellingMessage, misspellings, spellingRules, type SpellingRule} from './terminology';
import {DescriptionsFileError, auditDescriptions, entryLine, loadDescriptions, newEntry} from '../cncf/descriptions';

export type Problem = {file: string; line: number; message: string};

export type CheckOptions = {
  /** The day the check runs, `YYYY-MM-DD`; defaults to today in the local time zone. */
  today?: string;
};

/**
 * Problems fail the check; warnings are printed and let it pass (a stale
 * Korean description, a page not checked against its sources for a while:
 * still better than none, but someone should look).
 */
export type ContentReport = {problems: Problem[]; warnings: Problem[]};

type Page = {
  kind: 'doc' | 'blog';
  file: string;
  absolute: string;
  frontMatter: Record<string, unknown>;
  /** The file line each top-level front matter key is written on. */
  frontMatterLines: Record<string, number>;
  /** The text after each top-level key, as written (before YAML reads it). */
  frontMatterText: Record<string, string>;
  lines: SourceLine[];
  headings: Heading[];
  url: string;
  docId?: string;
  /** 'current' for docs/, the version name for versioned_docs/version-<name>/. */
  version?: string;
};

const DOC_KEYS = new Set([
  'title',
  'description',
  'sidebar_position',
  'sidebar_label',
  'slug',
  'keywords',
  'tags',
  'hide_table_of_contents',
  'pagination_next',
  'pagination_prev',
  'image',
  'toc_min_heading_level',
  'toc_max_heading_level',
  'sidebar_class_name',
  'checked_on',
  'checked_versions',
]);
const BLOG_KEYS = new Set(['title', 'description', 'authors', 'tags', 'slug', 'date', 'image', 'keywords', 'hide_table_of_contents']);
const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');
const LIMITS = {title: 60, descriptionMin: 30, descriptionMax: 200};

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return walk(full);
    return /\.mdx?$/.test(entry.name) ? [full] : [];
  });
}

function docUrl(docId: string, slug: unknown, version: string): string {
  const base = version === 'current' ? '/docs' : `/docs/${version}`;
  if (typeof slug === 'string') {
    return path.posix.join(base, slug.startsWith('/') ? slug : path.posix.join(path.posix.dirname(docId), slug)).replace(/\/$/, '') || base;
  }
  return `${base}/${docId.replace(/(^|\/)index$/, '')}`.replace(/\/$/, '');
}

function blogUrl(file: string, slug: unknown): string {
  const base = path.basename(file).replace(/\.mdx?$/, '');
  const match = /^(\d{4})-(\d{2})-(\d{2})-(.+)$/.exec(base);
  if (typeof slug === 'string') return `/blog/${slug.replace(/^\//, '')}`;
  return match ? `/blog/${match[1]}/${match[2]}/${match[3]}/${match[4]}` : `/blog/${base}`;
}

async function readPage(
  siteDir: string,
  absolute: string,
  kind: Page['kind'],
  problems: Problem[],
  docsRoot?: {dir: string; version: string},
): Promise<Page | undefined> {
  const file = path.relative(siteDir, absolute);
  const raw = readFileSync(absolute, 'utf8');
  let parsed: {frontMatter: Record<string, unknown>; content: string};
  try {
    parsed = await DEFAULT_PARSE_FRONT_MATTER({filePath: absolute, fileContent: raw});
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    const mark = (error as {mark?: {line?: number}}).mark;
    problems.push({
      file,
      line: (mark?.line ?? 0) + 2,
      message: `front matter is not valid YAML (${reason}); fix the block between the two --- lines`,
    });
    return undefined;
  }
  const bodyStart = raw.length - parsed.content.length;
  const firstLine = raw.slice(0, bodyStart).split('\n').length;
  const frontMatterLines: Record<string, number> = {};
  const frontMatterText: Record<string, string> = {};
  raw
    .slice(0, bodyStart)
    .split('\n')
    .forEach((text, index) => {
      const match = /^([A-Za-z_][\w-]*):(.*)$/.exec(text);
      if (match && !(match[1]! in frontMatterLines)) {
        frontMatterLines[match[1]!] = index + 1;
        frontMatterText[match[1]!] = match[2]!.trim();
      }
    });
  const lines = sourceLines(parsed.content, firstLine);
  const docId = docsRoot
    ? path
        .relative(docsRoot.dir, absolute)
        .replace(/\\/g, '/')
        .replace(/\.mdx?$/, '')
    : undefined;
  return {
    kind,
    file,
    absolute,
    frontMatter: parsed.frontMatter,
    frontMatterLines,
    frontMatterText,
    lines,
    headings: headings(lines),
    url: docId && docsRoot ? docUrl(docId, parsed.frontMatter.slug, docsRoot.version) : blogUrl(file, parsed.frontMatter.slug),
    docId,
    version: docsRoot?.version,
  };
}

function checkFrontMatter(page: Page, known: {authors: Set<string>; tags: Set<string>}, problems: Problem[]): void {
  const fm = page.frontMatter;
  const at = (message: string) => problems.push({file: page.file, line: 1, message});
  const allowed = page.kind === 'doc' ? DOC_KEYS : BLOG_KEYS;
  for (const key of Object.keys(fm)) {
    if (!allowed.has(key)) at(`unknown front matter field "${key}"; allowed: ${[...allowed].join(', ')}`);
  }
  if (typeof fm.title !== 'string' || fm.title.trim() === '') {
    at('front matter "title" is missing; add a title (it becomes the page\'s h1)');
  } else if (fm.title.length > LIMITS.title) {
    at(`front matter "title" is ${fm.title.length} characters; keep it to ${LIMITS.title}`);
  }
  if (typeof fm.description !== 'string' || fm.description.trim() === '') {
    at('front matter "description" is missing; add one sentence saying what the reader learns');
  } else if (fm.description.length < LIMITS.descriptionMin || fm.description.length > LIMITS.descriptionMax) {
    at(`front matter "description" is ${fm.description.length} characters; write ${LIMITS.descriptionMin}–${LIMITS.descriptionMax}`);
  }
  if (page.kind === 'doc' && !Number.isInteger(fm.sidebar_position)) {
    at('front matter "sidebar_position" is missing or not a whole number; it orders the doc in its category');
  }
  if (page.kind === 'blog') {
    const authors = Array.isArray(fm.authors) ? fm.authors : typeof fm.authors === 'string' ? [fm.authors] : [];
    if (authors.length === 0) at('front matter "authors" is missing; name a key from blog/authors.yml');
    for (const author of authors) {
      if (typeof author !== 'string' || !known.authors.has(author)) {
        at(
          `unknown author "${String(author)}"; use a key from blog/authors.yml (${[...known.authors].join(', ')}) or add the author there`,
        );
      }
    }
    const tags = Array.isArray(fm.tags) ? fm.tags : [];
    if (tags.length === 0) at('front matter "tags" is missing; use keys from blog/tags.yml');
    for (const tag of tags) {
      if (typeof tag !== 'string' || !known.tags.has(tag)) {
        at(`unknown tag "${String(tag)}"; use a key from blog/tags.yml (${[...known.tags].join(', ')}) or add the tag there`);
      }
    }
  }
}

/**
 * Every current-edition doc says when it was last checked against its
 * sources and what it describes (src/data/checked.ts); a check older than
 * STALE_AFTER_DAYS is a warning, not a failure: the page may still be right,
 * but someone should look.
 */
function checkChecked(page: Page, today: string, report: ContentReport): void {
  const isCurrentDoc = page.kind === 'doc' && page.version === 'current';
  const fm = page.frontMatter;
  // Required on current docs; elsewhere (the archive, which is not checked any more) only validated if written.
  if (!isCurrentDoc && fm.checked_on === undefined && fm.checked_versions === undefined) return;
  const line = page.frontMatterLines.checked_on ?? page.frontMatterLines.checked_versions ?? 1;
  const {checked, problems} = readChecked(fm);
  for (const message of problems) {
    const at = /"checked_versions"/.test(message) ? (page.frontMatterLines.checked_versions ?? line) : line;
    report.problems.push({file: page.file, line: at, message: `${message} (see CONTRIBUTING.md#checking)`});
  }
  // YAML reads an unquoted 2026-02-30 as March 2nd; the day as written must be the day read.
  const written = /^['"]?(\d{4}-\d{2}-\d{2})['"]?$/.exec(page.frontMatterText.checked_on ?? '')?.[1];
  const read = dayOf(fm.checked_on);
  if (written !== undefined && read !== undefined && written !== read) {
    report.problems.push({
      file: page.file,
      line,
      message: `front matter "checked_on" is ${written}, which is not a calendar day; write the day you checked the page as YYYY-MM-DD (see CONTRIBUTING.md#checking)`,
    });
    return;
  }
  if (!checked) return;
  const age = daysBetween(checked.on, today);
  if (age < -1) {
    // A day of slack: the writer's today may already be tomorrow where the check runs.
    report.problems.push({
      file: page.file,
      line,
      message: `front matter "checked_on" is ${checked.on}, after today (${today}); write the day you checked the page`,
    });
  } else if (age > STALE_AFTER_DAYS) {
    report.warnings.push({
      file: page.file,
      line,
      message:
        `checked_on ${checked.on} is ${age} days old (more than STALE_AFTER_DAYS = ${STALE_AFTER_DAYS} in src/data/checked.ts); ` +
        "check the page's versions, dates and defaults against its sources, fix what changed, then update checked_on and checked_versions (see CONTRIBUTING.md#checking)",
    });
  }
}

function checkBody(page: Page, problems: Problem[]): void {
  if (page.headings.some((heading) => heading.level === 1)) {
    const h1 = page.headings.find((heading) => heading.level === 1)!;
    problems.push({file: page.file, line: h1.line, message: 'remove this "# " heading: the front matter title is the page\'s only h1'});
  }
  const references = page.headings.find((heading) => heading.level === 2 && heading.id === 'references');
  if (!references) {
    problems.push({
      file: page.file,
      line: page.lines.at(-1)?.line ?? 1,
      message: 'no references section; end the page with "## 참고 자료 {#references}" listing primary sources',
    });
  } else {
    const after = page.lines.filter((line) => line.line > references.line && !line.inCode);
    if (!after.some((line) => /\]\(https:\/\//.test(line.text))) {
      problems.push({
        file: page.file,
        line: references.line,
        message: 'the references section links no https:// source; cite the official docs or specs',
      });
    }
  }
  for (const {line, citation} of bareCitations(page.lines)) {
    problems.push({
      file: page.file,
      line,
      message: `bare citation ${citation} has no reference list; link the source in the text and list it under 참고 자료`,
    });
  }
}

/** Where the archived edition lives: its text predates the current vocabulary. */
const isCurrent = (page: Page): boolean => page.kind === 'blog' || page.version === 'current';

/** Front matter fields readers see as prose. */
const PROSE_FRONT_MATTER = ['title', 'description', 'sidebar_label'] as const;

/** The current edition draws pictures as SVG figures; the archived editions stay as they were written. */
function checkDiagrams(page: Page, problems: Problem[]): void {
  if (!isCurrent(page)) return;
  for (const {line, found} of textDiagrams(page.lines)) {
    problems.push({
      file: page.file,
      line,
      message:
        `this code block draws a picture with text (${found}); draw it as an SVG figure instead, see CONTRIBUTING.md#figures. ` +
        'If the block is program output, mark it with title="출력" (or title="출력 예시" when not from a real run)',
    });
  }
}

function checkTerminology(page: Page, rules: readonly SpellingRule[], problems: Problem[]): void {
  const current = isCurrent(page);
  const report = (line: number, text: string) => {
    for (const found of misspellings(text, rules, {current, styleRules})) {
      problems.push({file: page.file, line, message: misspellingMessage(found)});
    }
  };
  for (const {text, line, inCode} of page.lines) {
    if (inCode || /^\s*import\s/.test(text)) continue;
    report(line, text);
  }
  for (const key of PROSE_FRONT_MATTER) {
    const value = page.frontMatter[key];
    if (typeof value === 'string') report(page.frontMatterLines[key] ?? 1, value);
  }
}

/**
 * The site's own Korean text outside the pages: UI labels and data in src/
 * (the CNCF stage names, the maturity ladder, the glossary's definitions).
 * The rest of src/data/glossary is exempt: it names the avoided spellings on
 * purpose. Generated CNCF data is the landscape's English text.
 */
const UI_SOURCES = ['src/components', 'src/data', 'src/pages', 'src/theme'];
// The Korean CNCF descriptions have their own check (checkKoreanDescriptions), which names the project.
const UI_EXEMPT = [
  /^src\/data\/glossary\/(?!terms\.ts$)/,
  /^src\/data\/cncf\/(projects|dates|facts|figures|summary|descriptions\.ko)\.ts$/,
];
/** Comments are for the people who edit the code, not for readers. */
const COMMENT = /^\s*(\/\/|\/\*|\*)/;

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

function checkUiText(siteDir: string, rules: readonly SpellingRule[], problems: Problem[]): void {
  for (const absolute of UI_SOURCES.flatMap((dir) => sourceFiles(path.join(siteDir, dir)))) {
    const file = path.relative(siteDir, absolute).replace(/\\/g, '/');
    if (UI_EXEMPT.some((pattern) => pattern.test(file))) continue;
    const glossaryData = /^src\/data\/glossary\/terms\.ts$/.test(file);
    readFileSync(absolute, 'utf8')
      .split('\n')
      .forEach((text, index) => {
        if (!/[가-힣]/.test(text) || COMMENT.test(text)) return;
        // In the glossary only the definitions are prose; ko, aliases and avoid name spellings on purpose.
        if (glossaryData && !/^\s*definition:/.test(text)) return;
        for (const found of misspellings(text, rules, {current: true, styleRules, raw: true})) {
          problems.push({file, line: index + 1, message: misspellingMessage(found)});
        }
      });
  }
}

function resolveTarget(
  page: Page,
  target: string,
  byFile: Map<string, Page>,
  byUrl: Map<string, Page>,
  siteDir: string,
): {page?: Page; exists: boolean} {
  const [pathPart = ''] = target.split('#');
  if (pathPart === '') return {page, exists: true};
  const decoded = decodeURI(pathPart);
  if (decoded.startsWith('/')) {
    const clean = decoded.replace(/\/$/, '') || '/';
    const hit = byUrl.get(clean);
    if (hit) return {page: hit, exists: true};
    const staticFile = path.join(siteDir, 'static', decoded);
    const pageFile = ['.tsx', '.md', '.mdx', '/index.tsx'].some((ext) =>
      existsSync(path.join(siteDir, 'src', 'pages', `${clean === '/' ? '/index' : clean}${ext}`)),
    );
    const generated =
      ['/blog', '/search', '/blog/tags', '/blog/archive', '/blog/authors'].includes(clean) ||
      /^\/blog\/(rss|atom)\.xml$/.test(clean) ||
      /^\/blog\/tags\//.test(clean);
    return {exists: existsSync(staticFile) || pageFile || generated};
  }
  const absolute = path.resolve(path.dirname(page.absolute), decoded);
  const hit = byFile.get(absolute);
  return {page: hit, exists: Boolean(hit) || existsSync(absolute)};
}

function checkLinks(page: Page, byFile: Map<string, Page>, byUrl: Map<string, Page>, siteDir: string, problems: Problem[]): void {
  for (const link of links(page.lines)) {
    if (/^[a-z][a-z+.-]*:/i.test(link.target)) continue;
    const at = (message: string) => problems.push({file: page.file, line: link.line, message});
    if (link.image) {
      if (link.text.trim() === '') at(`image ${link.target} has no alt text; describe what it shows inside ![...]`);
      const imagePath = link.target.startsWith('/')
        ? path.join(siteDir, 'static', link.target)
        : path.resolve(path.dirname(page.absolute), link.target);
      if (!existsSync(imagePath)) at(`image ${link.target} does not exist; add the file or fix the path`);
      continue;
    }
    const {page: targetPage, exists} = resolveTarget(page, link.target, byFile, byUrl, siteDir);
    if (!exists) {
      at(`broken link ${link.target}: no such file or page; link another doc by its relative .md path, e.g. ../runtimes/overview.md`);
      continue;
    }
    const isFileLink = !link.target.startsWith('/') && !link.target.startsWith('#');
    if (isFileLink && targetPage && (targetPage.kind !== page.kind || targetPage.version !== page.version)) {
      const into = targetPage.kind === 'blog' ? 'the blog' : page.kind === 'blog' ? 'the docs' : `docs version ${targetPage.version}`;
      at(
        `link ${link.target} crosses from ${page.kind === 'blog' ? 'the blog' : 'the docs'} into ${into}; Docusaurus resolves .md links only within one, so link its URL instead: ${targetPage.url}`,
      );
      continue;
    }
    const anchor = link.target.split('#')[1];
    if (anchor && targetPage && !targetPage.headings.some((heading) => heading.id === decodeURIComponent(anchor))) {
      const ids = targetPage.headings
        .filter((heading) => heading.level > 1)
        .map((heading) => heading.id)
        .slice(0, 12);
      at(`broken anchor #${anchor}: ${targetPage.file} has no such heading; known ids: ${ids.join(', ')}`);
    }
  }
}

type SidebarItem = string | {type?: string; id?: string; link?: {type?: string; id?: string}; items?: SidebarItem[]};

function sidebarDocIds(items: readonly SidebarItem[], into: Set<string>): Set<string> {
  for (const item of items) {
    if (typeof item === 'string') into.add(item);
    else {
      if (item.type === 'doc' && item.id) into.add(item.id);
      if (item.link?.type === 'doc' && item.link.id) into.add(item.link.id);
      if (item.items) sidebarDocIds(item.items, into);
    }
  }
  return into;
}

async function loadSidebars(file: string): Promise<Record<string, SidebarItem[]>> {
  if (file.endsWith('.json')) return JSON.parse(readFileSync(file, 'utf8')) as Record<string, SidebarItem[]>;
  return ((await import(pathToFileURL(file).href)) as {default: Record<string, SidebarItem[]>}).default;
}

async function checkSidebar(siteDir: string, version: string, docs: readonly Page[], problems: Problem[]): Promise<void> {
  const sidebarsFile =
    version === 'current'
      ? path.join(siteDir, 'sidebars.ts')
      : path.join(siteDir, 'versioned_sidebars', `version-${version}-sidebars.json`);
  const relativeSidebars = path.relative(siteDir, sidebarsFile);
  const docsDir = version === 'current' ? 'docs/' : `versioned_docs/version-${version}/`;
  if (!existsSync(sidebarsFile)) {
    problems.push({file: relativeSidebars, line: 1, message: `missing: the docs in ${docsDir} need this sidebar file`});
    return;
  }
  const ids = new Set<string>();
  for (const items of Object.values(await loadSidebars(sidebarsFile))) sidebarDocIds(items, ids);
  const known = new Set(docs.map((doc) => doc.docId));
  for (const doc of docs) {
    if (!ids.has(doc.docId!)) {
      problems.push({
        file: doc.file,
        line: 1,
        message: `this doc is not in the sidebar; add '${doc.docId}' to a category in ${relativeSidebars}`,
      });
    }
  }
  const sidebarSource = readFileSync(sidebarsFile, 'utf8').split('\n');
  for (const id of ids) {
    if (!known.has(id)) {
      const line = sidebarSource.findIndex((text) => text.includes(`'${id}'`) || text.includes(`"${id}"`)) + 1;
      problems.push({
        file: relativeSidebars,
        line: Math.max(line, 1),
        message: `sidebar names doc '${id}', which does not exist under ${docsDir}`,
      });
    }
  }
}

function docVersions(siteDir: string): Array<{dir: string; version: string}> {
  const versioned = path.join(siteDir, 'versioned_docs');
  const archived = existsSync(versioned)
    ? readdirSync(versioned)
        .filter((name) => name.startsWith('version-'))
        .map((name) => ({dir: path.join(versioned, name), version: name.slice('version-'.length)}))
    : [];
  return [{dir: path.join(siteDir, 'docs'), version: 'current'}, ...archived];
}

function readKeys(file: string, problems: Problem[], siteDir: string): Set<string> {
  if (!existsSync(file)) return new Set();
  try {
    const data = yaml.load(readFileSync(file, 'utf8'));
    return new Set(data && typeof data === 'object' ? Object.keys(data) : []);
  } catch (error) {
    problems.push({
      file: path.relative(siteDir, file),
      line: 1,
      message: `not valid YAML: ${error instanceof Error ? error.message.split('\n')[0] : error}`,
    });
    return new Set();
  }
}

async function lintMarkdown(siteDir: string, files: readonly string[], problems: Problem[]): Promise<void> {
  const {lint, readConfig} = await import('markdownlint/promise');
  // A site without its own rules (a test fixture, say) is held to this repository's.
  const configFile = [siteDir, REPO_ROOT].map((dir) => path.join(dir, '.markdownlint.jsonc')).find((file) => existsSync(file))!;
  const config = await readConfig(configFile, [(text: string) => JSON.parse(text.replace(/^\s*\/\/.*$/gm, ''))]);
  const results = await lint({files: [...files], config, frontMatter: /^---\n[\s\S]*?\n---\n/});
  for (const [file, errors] of Object.entries(results)) {
    for (const error of errors) {
      const detail = error.errorDetail ? ` (${error.errorDetail})` : '';
      problems.push({
        file: path.relative(siteDir, file),
        line: error.lineNumber,
        message: `${error.ruleNames.slice(0, 2).join('/')}: ${error.ruleDescription}${detail}; see ${error.ruleInformation ?? 'https://github.com/DavidAnson/markdownlint'}`,
      });
    }
  }
}

/**
 * The generated CNCF data is only ever written by the import script, which
 * validates it; a hand edit that slips past the types is caught here, at the
 * line of the project it broke. Then the hand-written Korean descriptions are
 * checked against it.
 */
async function checkCncfData(siteDir: string, rules: readonly SpellingRule[], report: ContentReport): Promise<void> {
  const file = path.join(siteDir, 'src', 'data', 'cncf', 'projects.ts');
  if (!existsSync(file)) return;
  const snapshot = ((await import(pathToFileURL(file).href)) as {default: unknown}).default;
  const source = readFileSync(file, 'utf8').split('\n');
  for (const problem of validateSnapshot(snapshot)) {
    const needle = problem.project === undefined ? undefined : `"name": ${JSON.stringify(problem.project)}`;
    const line = needle ? source.findIndex((text) => text.includes(needle)) + 1 : 0;
    report.problems.push({
      file: path.relative(siteDir, file),
      line: Math.max(line, 1),
      message: `${formatDataProblem(problem)}; do not edit this file by hand: fix the landscape data and run "npm run cncf:import"`,
    });
  }
  const list = (snapshot as {projects?: unknown} | undefined)?.projects;
  const projects = (Array.isArray(list) ? list : []).filter(
    (project): project is CncfProject =>
      typeof project === 'object' && project !== null && typeof (project as {slug?: unknown}).slug === 'string',
  );
  await checkKoreanDescriptions(siteDir, projects, rules, report);
}

/**
 * Every current project has a Korean description (an error, naming the
 * project and the file to edit), written from the English it has now (a
 * warning when the English has changed since), in the glossary's spelling.
 */
async function checkKoreanDescriptions(
  siteDir: string,
  projects: readonly CncfProject[],
  rules: readonly SpellingRule[],
  {problems, warnings}: ContentReport,
): Promise<void> {
  const file = path.join(siteDir, KOREAN_DESCRIPTIONS_FILE);
  const shown = path.relative(siteDir, file);
  if (!existsSync(file)) {
    problems.push({
      file: shown,
      line: 1,
      message: `does not exist; every CNCF project in src/data/cncf/projects.ts needs a Korean description here (CONTRIBUTING.md#cncf-descriptions)`,
    });
    return;
  }
  let descriptions;
  try {
    descriptions = await loadDescriptions(file);
  } catch (error) {
    if (!(error instanceof DescriptionsFileError)) throw error;
    problems.push({file: shown, line: 1, message: error.message.slice(file.length + 2)});
    return;
  }
  const source = readFileSync(file, 'utf8');
  const at = (slug: string) => ({file: shown, line: entryLine(source, slug)});
  const {missing, stale, orphaned, invalid} = auditDescriptions(projects, descriptions);
  for (const project of missing) {
    problems.push({
      ...at(project.slug),
      message:
        `project "${project.name}" (${project.slug}) has no Korean description; add ${newEntry(project)} here, ` +
        `one or two sentences of our own written from ${englishOf(project)} (CONTRIBUTING.md#cncf-descriptions)`,
    });
  }
  for (const {project, entry, now} of stale) {
    warnings.push({
      ...at(project.slug),
      message:
        `project "${project.name}" (${project.slug}): the English description changed after this Korean one was written ` +
        `(from: '${entry.from}', now '${now}'); check the Korean against ${englishOf(project)}, then set from: '${now}'`,
    });
  }
  for (const slug of orphaned) {
    problems.push({
      ...at(slug),
      message: `'${slug}' is not the slug of a current CNCF project; delete this entry, or rename its key if the project was renamed`,
    });
  }
  for (const {slug, message} of invalid) problems.push({...at(slug), message: `'${slug}': ${message}`});
  for (const [slug, entry] of Object.entries(descriptions)) {
    const ko = (entry as {ko?: unknown} | null)?.ko;
    if (typeof ko !== 'string') continue;
    for (const found of misspellings(ko, rules, {current: true, styleRules})) {
      problems.push({...at(slug), message: `'${slug}': ${misspellingMessage(found)}`});
    }
  }
}

/** The problems that fail the check, for callers that need no warnings. */
export async function checkContent(siteDir: string, options: CheckOptions = {}): Promise<Problem[]> {
  return (await checkContentReport(siteDir, options)).problems;
}

/** The content check with its warnings (stale descriptions, stale checks), which do not fail it. */
export async function checkContentReport(siteDir: string, options: CheckOptions = {}): Promise<ContentReport> {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const today = options.today ?? localDay(new Date());
  const known = {
    authors: readKeys(path.join(siteDir, 'blog', 'authors.yml'), problems, siteDir),
    tags: readKeys(path.join(siteDir, 'blog', 'tags.yml'), problems, siteDir),
  };
  const read = async (dir: string, kind: Page['kind'], docsRoot?: {dir: string; version: string}) =>
    (await Promise.all(walk(dir).map((file) => readPage(siteDir, file, kind, problems, docsRoot)))).filter(
      (page): page is Page => page !== undefined,
    );
  const versions = docVersions(siteDir);
  const docsByVersion = await Promise.all(versions.map((root) => read(root.dir, 'doc', root)));
  const docs = docsByVersion.flat();
  const posts = await read(path.join(siteDir, 'blog'), 'blog');
  const pages = [...docs, ...posts];
  const byFile = new Map(pages.map((page) => [page.absolute, page]));
  const byUrl = new Map(pages.map((page) => [page.url, page]));
  const rules = spellingRules(glossary);
  checkUiText(siteDir, rules, problems);
  for (const page of pages) {
    checkTerminology(page, rules, problems);
    checkFrontMatter(page, known, problems);
    checkChecked(page, today, {problems, warnings});
    checkBody(page, problems);
    checkDiagrams(page, problems);
    checkLinks(page, byFile, byUrl, siteDir, problems);
  }
  for (const [index, {version}] of versions.entries()) await checkSidebar(siteDir, version, docsByVersion[index]!, problems);
  await lintMarkdown(
    siteDir,
    pages.map((page) => page.absolute),
    problems,
  );
  await checkCncfData(siteDir, rules, {problems, warnings});
  const byPlace = (a: Problem, b: Problem) => a.file.localeCompare(b.file) || a.line - b.line;
  return {problems: problems.sort(byPlace), warnings: warnings.sort(byPlace)};
}

export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}: ${problem.message}`;
}
