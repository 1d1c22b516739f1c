/**
 * The Korean descriptions of the CNCF projects: their shape, how they join the
 * imported projects, and what is wrong with them. The descriptions themselves
 * are hand-written in ./descriptions.ko.ts, keyed by project slug; the import
 * never writes them, it only reports (scripts/import-cncf.ts), and the content
 * check fails on a missing one and warns about a stale one (scripts/content/check.ts).
 *
 * Pure functions over data passed in, so the import can audit a descriptions
 * file other than the site's, and the tests can audit fixtures.
 */
import {fingerprint, isFingerprint} from './fingerprint';
import type {CncfProject} from './types';

export type KoreanDescription = {
  /**
   * fingerprint() of the English description this was written from, as
   * projects.ts has it; the fingerprint of the empty text ('e3b0c44298fc')
   * when the landscape gave none.
   */
  readonly from: string;
  /** One or two sentences of our own, 합니다체, 40–120 characters: what the project is and what it is used for. */
  readonly ko: string;
};

/** Korean descriptions by project slug. */
export type KoreanDescriptions = Readonly<Record<string, KoreanDescription>>;

export type DescribedProject = CncfProject & {
  /** The Korean description; missing only while `npm run check:content` fails for it. */
  readonly descriptionKo?: string;
  /** The English (`description`) changed after descriptionKo was written from it: show the Korean marked as out of date. */
  readonly descriptionKoStale: boolean;
};

/** Where the site's Korean descriptions live, relative to the repository root. */
export const KOREAN_DESCRIPTIONS_FILE = 'src/data/cncf/descriptions.ko.ts';

/** What a reader is told next to a stale Korean description. */
export const STALE_NOTICE_KO = '영어 원문이 바뀌어 이 설명을 고쳐야 합니다. 영어 원문을 함께 확인하세요.';

/** Length limits of a Korean description, in characters. */
export const KOREAN_LENGTH = {min: 40, max: 120} as const;

/** Each project with its English and Korean descriptions and whether the Korean is out of date. */
export function describeProjects(projects: readonly CncfProject[], descriptions: KoreanDescriptions): DescribedProject[] {
  return projects.map((project) => {
    const entry = Object.hasOwn(descriptions, project.slug) ? descriptions[project.slug] : undefined;
    if (entry === undefined) return {...project, descriptionKoStale: false};
    return {...project, descriptionKo: entry.ko, descriptionKoStale: entry.from !== fingerprint(project.description)};
  });
}

export type StaleDescription = {
  readonly project: CncfProject;
  readonly entry: KoreanDescription;
  /** The fingerprint of the English as it is now: what `from` becomes once the Korean is checked. */
  readonly now: string;
};

export type DescriptionAudit = {
  /** Current projects with no Korean description (new projects, or renamed ones). */
  readonly missing: readonly CncfProject[];
  /** Korean descriptions written from an English text that has changed since. */
  readonly stale: readonly StaleDescription[];
  /** Slugs with a Korean description but no current project (removed, or renamed). */
  readonly orphaned: readonly string[];
  /** Entries that are malformed, with what is wrong. */
  readonly invalid: ReadonlyArray<{readonly slug: string; readonly message: string}>;
};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** What is wrong with one entry's text, if anything: shape, length, 합니다체. */
export function entryProblems(entry: unknown): string[] {
  if (!isRecord(entry)) return [`is ${JSON.stringify(entry)}; write {from: '<fingerprint>', ko: '<한국어 설명>'}`];
  const problems: string[] = [];
  for (const key of Object.keys(entry)) {
    if (key !== 'from' && key !== 'ko') problems.push(`has an unknown field "${key}"; an entry has only from and ko`);
  }
  if (!isFingerprint(entry.from)) {
    problems.push(
      `from ${JSON.stringify(entry.from)} is not a fingerprint; it is 12 lower-case hex digits (see src/data/cncf/fingerprint.ts)`,
    );
  }
  const {ko} = entry;
  if (typeof ko !== 'string' || ko.trim() === '') {
    problems.push('ko is empty; write one or two Korean sentences');
    return problems;
  }
  if (ko !== ko.trim() || /\s{2}|\n/.test(ko))
    problems.push('ko has leading, trailing, doubled spaces or a line break; write it on one line with single spaces');
  const length = [...ko].length;
  if (length < KOREAN_LENGTH.min || length > KOREAN_LENGTH.max) {
    problems.push(`ko is ${length} characters; keep it between ${KOREAN_LENGTH.min} and ${KOREAN_LENGTH.max}`);
  }
  if (!/\p{Script=Hangul}/u.test(ko)) problems.push('ko has no Korean in it');
  const sentences = ko.trim().split(/(?<=다\.)\s+/);
  if (sentences.some((sentence) => !sentence.endsWith('니다.'))) {
    problems.push('ko must be in 합니다체: end every sentence with "…니다."');
  } else if (sentences.length > 2) {
    problems.push(`ko has ${sentences.length} sentences; write one or two`);
  }
  return problems;
}

/** Everything to write, update or delete in a descriptions file for these projects. */
export function auditDescriptions(projects: readonly CncfProject[], descriptions: Readonly<Record<string, unknown>>): DescriptionAudit {
  const missing: CncfProject[] = [];
  const stale: StaleDescription[] = [];
  const invalid: Array<{slug: string; message: string}> = [];
  const slugs = new Set(projects.map((project) => project.slug));
  for (const [slug, entry] of Object.entries(descriptions)) {
    for (const message of entryProblems(entry)) invalid.push({slug, message});
  }
  for (const project of projects) {
    const entry = Object.hasOwn(descriptions, project.slug) ? descriptions[project.slug] : undefined;
    if (entry === undefined) {
      missing.push(project);
      continue;
    }
    if (!isRecord(entry) || !isFingerprint(entry.from) || typeof entry.ko !== 'string') continue;
    const now = fingerprint(project.description);
    if (entry.from !== now) stale.push({project, entry: {from: entry.from, ko: entry.ko}, now});
  }
  const orphaned = Object.keys(descriptions).filter((slug) => !slugs.has(slug));
  return {missing, stale, orphaned, invalid};
}

/** The English a description is written from, quoted for a report. */
export const englishOf = (project: CncfProject): string =>
  project.description === undefined
    ? '(the landscape has no English description; use the project site)'
    : JSON.stringify(project.description);
