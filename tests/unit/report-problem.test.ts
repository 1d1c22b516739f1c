import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {test} from 'node:test';
import yaml from 'js-yaml';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {buildCommit} from '../../src/plugins/report-problem/commit';
import reportProblemPlugin from '../../src/plugins/report-problem/plugin';
import {FIELDS, ISSUE_TEMPLATE, reportUrl, UNKNOWN_COMMIT} from '../../src/plugins/report-problem/issueUrl';

const SITE = path.join(import.meta.dirname, '..', '..');
const SHA = '0123456789abcdef0123456789abcdef01234567';
const OTHER = 'fedcba9876543210fedcba9876543210fedcba98';

test('every field the report link fills is a field of the issue form', () => {
  const form = yaml.load(readFileSync(path.join(SITE, '.github', 'ISSUE_TEMPLATE', ISSUE_TEMPLATE), 'utf8')) as {
    body: Array<{id?: string; type: string}>;
  };
  const ids = new Set(form.body.map((field) => field.id));
  for (const [what, id] of Object.entries(FIELDS)) {
    assert.ok(
      ids.has(id),
      `.github/ISSUE_TEMPLATE/${ISSUE_TEMPLATE} has no field with id "${id}", which the report link fills with the page's ${what}; give the field that id`,
    );
  }
});

test('the link opens the form with the page, its edition and the commit filled in', () => {
  const url = new URL(
    reportUrl(
      'https://github.com/owner/repo/',
      {title: '컨테이너 런타임이란', url: 'https://example.org/docs/runtimes/overview', version: '2.0 (최신)'},
      SHA,
    ),
  );
  assert.equal(`${url.origin}${url.pathname}`, 'https://github.com/owner/repo/issues/new');
  assert.deepEqual(Object.fromEntries(url.searchParams), {
    template: 'doc-error.yml',
    title: '[문서 오류] 컨테이너 런타임이란',
    page: 'https://example.org/docs/runtimes/overview',
    'page-title': '컨테이너 런타임이란',
    version: '2.0 (최신)',
    commit: SHA,
  });
});

test('the commit field takes what the plugin gives, the text for an unknown commit included; a problem text is passed on', () => {
  const url = new URL(
    reportUrl('https://github.com/owner/repo', {title: 'a & b', url: 'u', version: 'v', problem: '없는 페이지'}, UNKNOWN_COMMIT),
  );
  assert.equal(url.searchParams.get('commit'), UNKNOWN_COMMIT);
  assert.equal(url.searchParams.get('problem'), '없는 페이지');
  assert.equal(url.searchParams.get('page-title'), 'a & b');
});

test('the commit comes from CI, then SOURCE_COMMIT, then git, and is unknown without them', () => {
  assert.deepEqual(
    buildCommit({GITHUB_SHA: SHA, SOURCE_COMMIT: OTHER}, () => OTHER),
    {sha: SHA, from: 'GITHUB_SHA'},
  );
  assert.deepEqual(
    buildCommit({SOURCE_COMMIT: OTHER.toUpperCase()}, () => SHA),
    {sha: OTHER, from: 'SOURCE_COMMIT'},
  );
  assert.deepEqual(
    buildCommit({GITHUB_SHA: 'not-a-sha'}, () => SHA),
    {sha: SHA, from: 'git'},
  );
  assert.deepEqual(
    buildCommit({}, () => undefined),
    {sha: null, from: 'none'},
  );
  assert.deepEqual(
    buildCommit({}, () => 'fatal: not a git repository'),
    {sha: null, from: 'none'},
  );
});

test('built outside a git repository and without CI, the pages say the commit is unknown', async () => {
  const saved = {GITHUB_SHA: process.env.GITHUB_SHA, SOURCE_COMMIT: process.env.SOURCE_COMMIT};
  const siteDir = mkdtempSync(path.join(tmpdir(), 'no-git-'));
  delete process.env.GITHUB_SHA;
  delete process.env.SOURCE_COMMIT;
  try {
    const plugin = reportProblemPlugin({siteDir} as never, {repository: 'https://github.com/owner/repo'});
    const content = await plugin.loadContent!();
    let data: unknown;
    await plugin.contentLoaded!({content, actions: {setGlobalData: (value: unknown) => (data = value)}} as never);
    assert.deepEqual(data, {repository: 'https://github.com/owner/repo', commit: UNKNOWN_COMMIT});
  } finally {
    Object.assign(process.env, Object.fromEntries(Object.entries(saved).filter(([, value]) => value !== undefined)));
    rmSync(siteDir, {recursive: true});
  }
});

test('a repository that is not a GitHub repository URL is a configuration error', () => {
  assert.throws(
    () => reportProblemPlugin({siteDir: '.'} as never, {repository: 'https://gitlab.com/owner/repo'}),
    /repository must be https:\/\/github\.com\/<owner>\/<name>/,
  );
});
