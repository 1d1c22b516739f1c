/**
 * When a page was last checked against its sources, and what it describes:
 * the `checked_on` and `checked_versions` front matter of every current-edition
 * doc. One reader for both sides, so what `npm run check:content` accepts is
 * exactly what the page can show ("2026년 12월 기준 · Docker Engine 29, …").
 *
 * ```yaml
 * checked_on: 2026-12-04
 * checked_versions: [Docker Engine 29, containerd 2.3, Kubernetes 1.37]
 * ```
 *
 * `checked_on` is the day someone compared the page's stale-prone claims
 * (versions, defaults, dates, support windows, commands and their output)
 * with the primary sources in its references, not the day it was last
 * edited. YAML reads an unquoted date as a Date, the browser gets it back as
 * an ISO string, and a writer may quote it: all three are accepted.
 */

/**
 * How old a check may get before `npm run check:content` warns (without
 * failing): about six months, in which Kubernetes and containerd each ship a
 * minor release or two and Docker Engine several.
 */
export const STALE_AFTER_DAYS = 180;

export type Checked = {
  /** The day the page was last checked, `YYYY-MM-DD`. */
  readonly on: string;
  /** What the page describes, e.g. `Docker Engine 29`; at least one. */
  readonly versions: readonly string[];
};

export type CheckedReading = {
  /** Present when both fields are well formed. */
  readonly checked?: Checked;
  /** One message per problem, naming the field and what to write. */
  readonly problems: readonly string[];
};

const EXAMPLE_VERSIONS = '[Docker Engine 29, containerd 2.3, Kubernetes 1.37]';
const VERSION_MAX = 40;

/** `YYYY-MM-DD` of a calendar day, or undefined when the value is not one. */
export function dayOf(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T00:00:00(?:\.000)?Z)?$/.exec(value.trim());
  if (!match) return undefined;
  const day = `${match[1]}-${match[2]}-${match[3]}`;
  // Date.parse accepts 2026-02-30 as March 2nd; a real day survives the round trip.
  const parsed = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day ? day : undefined;
}

/** Reads and validates the two fields; a page without either gets a problem for each. */
export function readChecked(frontMatter: Readonly<Record<string, unknown>>): CheckedReading {
  const problems: string[] = [];
  const rawOn = frontMatter.checked_on;
  const rawVersions = frontMatter.checked_versions;

  const on = dayOf(rawOn);
  if (rawOn === undefined || rawOn === null) {
    problems.push(
      'front matter "checked_on" is missing; write the day you last checked the page\'s versions, dates and defaults against its sources, e.g. checked_on: 2026-12-04',
    );
  } else if (on === undefined) {
    problems.push(`front matter "checked_on" is ${JSON.stringify(rawOn)}; write a calendar day as YYYY-MM-DD, e.g. checked_on: 2026-12-04`);
  }

  let versions: string[] | undefined;
  if (rawVersions === undefined || rawVersions === null) {
    problems.push(
      `front matter "checked_versions" is missing; list what the page describes, e.g. checked_versions: ${EXAMPLE_VERSIONS}, or for a page not tied to software the process or document version, e.g. [CNCF TOC 프로세스 2026-12]`,
    );
  } else if (!Array.isArray(rawVersions)) {
    problems.push(
      `front matter "checked_versions" is ${JSON.stringify(rawVersions)}; write a list in brackets, e.g. checked_versions: ${EXAMPLE_VERSIONS}`,
    );
  } else if (rawVersions.length === 0) {
    problems.push(
      `front matter "checked_versions" is empty; name at least one thing the page describes, e.g. checked_versions: ${EXAMPLE_VERSIONS}`,
    );
  } else {
    versions = [];
    rawVersions.forEach((entry: unknown, index) => {
      const text = typeof entry === 'string' || typeof entry === 'number' ? String(entry).trim() : '';
      if (text === '') {
        problems.push(
          `front matter "checked_versions" entry ${index + 1} is empty or not text; write a name and version such as "containerd 2.3"`,
        );
      } else if (text.length > VERSION_MAX) {
        problems.push(
          `front matter "checked_versions" entry ${index + 1} is ${text.length} characters; keep each to ${VERSION_MAX}, e.g. "Kubernetes 1.37"`,
        );
      } else if (versions!.includes(text)) {
        problems.push(`front matter "checked_versions" lists "${text}" twice; remove one`);
      } else {
        versions!.push(text);
      }
    });
  }

  const checked = on !== undefined && versions !== undefined && problems.length === 0 ? {on, versions} : undefined;
  return checked ? {checked, problems} : {problems};
}

/** Whole days from one `YYYY-MM-DD` to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** `YYYY-MM-DD` of a moment in the writer's local time zone: "today" where the check runs. */
export function localDay(moment: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/** "2026년 12월": the month of the check, the precision the page shows. */
export function checkedMonth(on: string): string {
  const [year, month] = on.split('-');
  return `${Number(year)}년 ${Number(month)}월`;
}

/** The line a page shows under its breadcrumbs: "2026년 12월 기준 · Docker Engine 29, containerd 2.3". */
export function checkedLine(checked: Checked): string {
  return `${checkedMonth(checked.on)} 기준 · ${checked.versions.join(', ')}`;
}
