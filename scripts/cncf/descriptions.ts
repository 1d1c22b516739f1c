/**
 * Reading a Korean descriptions file (src/data/cncf/descriptions.ko.ts or a
 * fixture) for the import's report and the content check, and finding an
 * entry's line in it so that messages point at what to edit.
 */
import {readFileSync} from 'node:fs';
import {pathToFileURL} from 'node:url';
import {auditDescriptions, englishOf, type DescriptionAudit} from '../../src/data/cncf/descriptions';
import {fingerprint} from '../../src/data/cncf/fingerprint';
import type {CncfProject} from '../../src/data/cncf/types';

export class DescriptionsFileError extends Error {}

/** The file's default export: slug → entry, unchecked (auditDescriptions checks the entries). */
export async function loadDescriptions(file: string): Promise<Readonly<Record<string, unknown>>> {
  let module: {default?: unknown};
  try {
    module = (await import(pathToFileURL(file).href)) as {default?: unknown};
  } catch (error) {
    throw new DescriptionsFileError(`${file}: cannot be loaded: ${error instanceof Error ? error.message : String(error)}`);
  }
  const table = module.default;
  if (typeof table !== 'object' || table === null || Array.isArray(table)) {
    throw new DescriptionsFileError(`${file}: its default export must be an object of Korean descriptions by project slug`);
  }
  return table as Record<string, unknown>;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The 1-based line of a slug's entry; for a slug with no entry, the line of
 * the entry it would go before in slug order (the file is kept sorted), or
 * the last line.
 */
export function entryLine(source: string, slug: string): number {
  const lines = source.split('\n');
  const key = /^\s*['"]?([a-z0-9-]+)['"]?\s*:\s*\{/;
  let before: number | undefined;
  for (const [index, line] of lines.entries()) {
    if (new RegExp(`^\\s*['"]?${escapeRegExp(slug)}['"]?\\s*:`).test(line)) return index + 1;
    const other = key.exec(line)?.[1];
    if (before === undefined && other !== undefined && other.localeCompare(slug) > 0) before = index + 1;
  }
  return before ?? Math.max(lines.length - 1, 1);
}

export const readSource = (file: string): string => readFileSync(file, 'utf8');

/** How to write an entry for a project from scratch. */
export const newEntry = (project: CncfProject): string => `'${project.slug}': {from: '${fingerprint(project.description)}', ko: '…'}`;

/** The import's report: one line per project to write or update, and a summary; empty when all is well. */
export function importReport(audit: DescriptionAudit, file: string): string[] {
  const {missing, stale, orphaned, invalid} = audit;
  if (missing.length + stale.length + orphaned.length + invalid.length === 0) return [];
  const lines = [`Korean descriptions to write or update in ${file} (CONTRIBUTING.md#cncf-descriptions):`];
  for (const project of missing) {
    lines.push(`  missing  ${project.slug} ("${project.name}"): new project; add ${newEntry(project)} written from ${englishOf(project)}`);
  }
  for (const {project, entry, now} of stale) {
    lines.push(
      `  stale    ${project.slug} ("${project.name}"): the English changed (from: '${entry.from}', now '${now}'); ` +
        `check the Korean against ${englishOf(project)} and set from: '${now}'`,
    );
  }
  for (const slug of orphaned) {
    lines.push(
      `  orphaned ${slug}: no project has this slug any more; delete the entry, or move it to the new slug if the project was renamed`,
    );
  }
  for (const {slug, message} of invalid) lines.push(`  invalid  ${slug}: ${message}`);
  lines.push(
    `${missing.length} missing, ${stale.length} stale, ${orphaned.length} orphaned, ${invalid.length} invalid; ` +
      '"npm run check:content" fails until the missing, orphaned and invalid ones are fixed, and warns about the stale ones. ' +
      'The import never writes Korean descriptions.',
  );
  return lines;
}

export {auditDescriptions};
