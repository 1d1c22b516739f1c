/**
 * npm run pins:diff: for every upstream file the optimization layer copies or
 * patches, what changed upstream since our copy was written. Compares the
 * stored original (src/optimizations/pinned/originals) with the installed
 * file and prints a unified diff for each that changed.
 *
 * npm run pins:diff -- --store: once a unit's copy or patch is carried over
 * and its sha256 updated, stores the installed file as the new original.
 */
import {execFileSync} from 'node:child_process';
import {copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {UNITS} from '../src/optimizations/manifest';
import {ORIGINALS, VERSIONS_FILE, sha256Of, storedOriginal} from '../src/optimizations/pinned/originals';
import {describeCopies, installedCopies} from '../src/optimizations/pinned/replacement';

const store = process.argv.includes('--store');
const versionIn = (directory: string): string =>
  (JSON.parse(readFileSync(path.join(directory, 'package.json'), 'utf8')) as {version: string}).version;
const versions = JSON.parse(readFileSync(VERSIONS_FILE, 'utf8')) as Record<string, string>;
let changed = 0;
const installedTwice = new Set<string>();

for (const unit of UNITS) {
  for (const pin of unit.pins) {
    const stored = storedOriginal(pin);
    const label = `${unit.id}: ${pin.packageName}/${pin.original}`;
    const copies = installedCopies(pin.packageName);
    if (copies.length > 1 && !installedTwice.has(pin.packageName)) {
      installedTwice.add(pin.packageName);
      changed += 1;
      console.log(
        `\n✗ ${pin.packageName} is installed ${copies.length} times (${describeCopies(copies)}): the build stops, as the layer's pins ` +
          'check, and its swaps reach, one copy. Make npm install one copy ("overrides" in package.json). Each copy is compared below.',
      );
    }
    if (store && copies.length > 1) throw new Error(`${label}: not stored, as ${pin.packageName} is installed ${copies.length} times.`);
    for (const directory of copies) {
      const installed = path.join(directory, pin.original);
      const version = versionIn(directory);
      const where = copies.length > 1 ? ` in ${path.relative(process.cwd(), directory)}` : '';
      if (!existsSync(installed)) {
        changed += 1;
        console.log(
          `✗ ${label}: no longer exists in ${pin.packageName}@${version}${where}; the unit must change or go (docs-dev/upgrading.md).`,
        );
        continue;
      }
      const installedHash = sha256Of(installed);
      if (store) {
        if (installedHash !== pin.sha256) {
          throw new Error(
            `${label}: the installed file's SHA-256 is ${installedHash}, but ${pin.owner} pins ${pin.sha256}. Update the pin first.`,
          );
        }
        mkdirSync(path.dirname(stored), {recursive: true});
        copyFileSync(installed, stored);
        versions[pin.packageName] = version;
        console.log(`stored ${label} (${pin.packageName}@${version})`);
        continue;
      }
      if (installedHash === pin.sha256) {
        console.log(`✓ ${label}: unchanged (${pin.packageName}@${version}${where})`);
        continue;
      }
      changed += 1;
      console.log(
        `\n✗ ${label}: changed upstream (stored from ${pin.packageName}@${versions[pin.packageName]}, installed ${version}${where})`,
      );
      console.log(`  our copy or patch: ${pin.owner}`);
      try {
        execFileSync('diff', ['-u', '--label', `stored/${pin.original}`, '--label', `installed/${pin.original}`, stored, installed], {
          encoding: 'utf8',
        });
      } catch (error) {
        // diff exits 1 when the files differ, which is the case here.
        console.log((error as {stdout?: string}).stdout ?? String(error));
      }
    }
  }
}

if (store) {
  writeFileSync(VERSIONS_FILE, `${JSON.stringify(versions, null, 2)}\n`);
  console.log(`originals in ${path.relative(process.cwd(), ORIGINALS)}`);
} else if (changed > 0) {
  console.log(
    `\n${changed} pinned file(s) changed upstream or installed more than once: install one copy of each, carry each change over to the copy or patch named above, update its sha256, ` +
      'then run "npm run pins:diff -- --store". Or turn the unit off (SITE_OPTIMIZATIONS) until then. See docs-dev/upgrading.md.',
  );
  process.exitCode = 1;
} else {
  console.log('\nEvery pinned file is as our copies and patches expect.');
}
