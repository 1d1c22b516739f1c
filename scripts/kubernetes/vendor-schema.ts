/**
 * Vendors the Kubernetes API schema that tests/unit/kubernetes-manifest.test.ts
 * validates deploy/kubernetes/ against: the definitions of KINDS
 * (scripts/kubernetes/schema.ts) and every definition they refer to, taken
 * unchanged from a release's OpenAPI document except for the descriptions
 * (prose, 95% of the bytes). Usage and sources: deploy/kubernetes/schema/README.md.
 *
 *   npm run kubernetes:schema -- <swagger.json> <Kubernetes minor version> "<where the file came from>"
 */
import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {KINDS, SCHEMA_FILE, type VendoredSchema} from './schema';

type Schema = {[key: string]: unknown};

const [file, kubernetesVersion, source] = process.argv.slice(2);
if (!file || !kubernetesVersion || !source) {
  console.error('usage: npm run kubernetes:schema -- <swagger.json> <Kubernetes minor version, e.g. 1.36> "<where the file came from>"');
  process.exit(2);
}
const spec = JSON.parse(readFileSync(file, 'utf8')) as {swagger?: string; definitions?: Record<string, Schema>};
if (spec.swagger !== '2.0' || !spec.definitions) {
  console.error(`${file}: expected Kubernetes' Swagger 2.0 document (api/openapi-spec/swagger.json), with "definitions".`);
  process.exit(1);
}
const all = spec.definitions;

const withoutDescriptions = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(withoutDescriptions);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== 'description')
        .map(([key, inner]) => [key, withoutDescriptions(inner)]),
    );
  }
  return value;
};

const wanted = new Set<string>();
const collect = (value: unknown): void => {
  if (Array.isArray(value)) value.forEach(collect);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === '$ref') {
        const name = String(inner).split('/').pop()!;
        if (!all[name]) throw new Error(`${file}: ${name} is referred to but not defined`);
        if (!wanted.has(name)) {
          wanted.add(name);
          collect(all[name]);
        }
      } else collect(inner);
    }
  }
};
for (const kind of KINDS) {
  const name = Object.keys(all).find((candidate) =>
    ((all[candidate]!['x-kubernetes-group-version-kind'] as (typeof KINDS)[number][] | undefined) ?? []).some(
      (gvk) => gvk.group === kind.group && gvk.version === kind.version && gvk.kind === kind.kind,
    ),
  );
  if (!name) throw new Error(`${file}: no definition for ${kind.group || 'core'}/${kind.version} ${kind.kind}`);
  wanted.add(name);
  collect(all[name]);
}

const vendored: VendoredSchema = {
  kubernetesVersion,
  source,
  definitions: Object.fromEntries([...wanted].sort().map((name) => [name, withoutDescriptions(all[name]) as Schema])),
};
writeFileSync(SCHEMA_FILE, `${JSON.stringify(vendored, null, 1)}\n`);
console.log(
  `kubernetes: ${wanted.size} definitions for ${KINDS.map((kind) => kind.kind).join(', ')} written to ${path.relative(process.cwd(), SCHEMA_FILE)}`,
);
