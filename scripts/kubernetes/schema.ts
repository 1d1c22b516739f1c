/**
 * Validates Kubernetes manifests against the API schema of one Kubernetes
 * release, vendored in deploy/kubernetes/schema/ (where it came from and how
 * to refresh it: the README there). Strict, like `kubectl apply
 * --validate=strict`: a field the API does not know is an error, not a field
 * the server silently drops.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {Ajv, type ErrorObject, type ValidateFunction} from 'ajv';
import yaml from 'js-yaml';

const root = path.resolve(import.meta.dirname, '..', '..');
export const SCHEMA_FILE = path.join(root, 'deploy', 'kubernetes', 'schema', 'kubernetes-api.json');

/** The kinds the manifests use; the vendored schema holds these and the definitions they refer to. */
export const KINDS = [
  {group: 'apps', version: 'v1', kind: 'Deployment'},
  {group: 'policy', version: 'v1', kind: 'PodDisruptionBudget'},
  {group: '', version: 'v1', kind: 'Service'},
] as const;

type Gvk = {group: string; version: string; kind: string};
type Schema = {[key: string]: unknown};
export type VendoredSchema = {
  kubernetesVersion: string;
  source: string;
  definitions: Record<string, Schema>;
};

const apiVersionOf = ({group, version}: Gvk): string => (group ? `${group}/${version}` : version);

// A quantity as the API server parses it (k8s.io/apimachinery resource.Quantity): 64Mi, 500m, 1.5, 2e3.
const QUANTITY = '^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([KMGTPE]i|[numkMGTPE]|[eE][+-]?(\\d+(\\.\\d*)?|\\.\\d+))?$';

/**
 * One OpenAPI (Swagger 2.0) definition as a strict JSON schema: objects with
 * known properties take no others, an optional field may be null (as the API
 * server accepts), and the two types serialised as strings in the spec take
 * what YAML writes for them (IntOrString: 8080 or "http"; Quantity: 1 or "64Mi").
 */
function strict(schema: Schema): Schema {
  const out: Schema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'description' || key === 'format' || key.startsWith('x-kubernetes-')) continue;
    if (key === '$ref') out.$ref = `#/definitions/${String(value).split('/').pop()}`;
    else if (key === 'items') out.items = strict(value as Schema);
    else if (key === 'additionalProperties') out.additionalProperties = typeof value === 'object' ? strict(value as Schema) : value;
    else if (key === 'properties') {
      const required = new Set((schema.required as string[] | undefined) ?? []);
      out.properties = Object.fromEntries(
        Object.entries(value as Record<string, Schema>).map(([name, property]) => [
          name,
          required.has(name) ? strict(property) : {anyOf: [strict(property), {type: 'null'}]},
        ]),
      );
    } else out[key] = value;
  }
  if (out.properties && out.additionalProperties === undefined) out.additionalProperties = false;
  return out;
}

function definitionsFor(vendored: VendoredSchema): Record<string, Schema> {
  const definitions = Object.fromEntries(Object.entries(vendored.definitions).map(([name, schema]) => [name, strict(schema)]));
  definitions['io.k8s.apimachinery.pkg.util.intstr.IntOrString'] = {type: ['string', 'integer']};
  definitions['io.k8s.apimachinery.pkg.api.resource.Quantity'] = {anyOf: [{type: 'string', pattern: QUANTITY}, {type: 'number'}]};
  return definitions;
}

export type ManifestProblem = {document: number; object: string; message: string};

export type ManifestValidator = (file: string, text: string) => ManifestProblem[];

/** A validator for manifests, over the vendored schema (or another, for tests). */
export function manifestValidator(
  vendored: VendoredSchema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as VendoredSchema,
): ManifestValidator {
  const ajv = new Ajv({allErrors: true, strict: true, allowUnionTypes: true});
  ajv.addSchema({$id: 'kubernetes', definitions: definitionsFor(vendored)});
  const byApiVersionKind = new Map<string, ValidateFunction>();
  for (const [name, schema] of Object.entries(vendored.definitions)) {
    for (const gvk of (schema['x-kubernetes-group-version-kind'] as Gvk[] | undefined) ?? []) {
      if (!KINDS.some((kind) => kind.group === gvk.group && kind.version === gvk.version && kind.kind === gvk.kind)) continue;
      byApiVersionKind.set(`${apiVersionOf(gvk)} ${gvk.kind}`, ajv.getSchema(`kubernetes#/definitions/${name}`)!);
    }
  }

  return (file, text) => {
    const problems: ManifestProblem[] = [];
    let documents: unknown[];
    try {
      documents = yaml.loadAll(text);
    } catch (error) {
      return [{document: 0, object: file, message: `not valid YAML: ${(error as Error).message}`}];
    }
    documents.forEach((document, index) => {
      if (document === null || document === undefined) return; // An empty document, e.g. after a trailing ---.
      const object = document as {apiVersion?: unknown; kind?: unknown; metadata?: {name?: unknown}};
      const label = `${String(object.kind)} ${String(object.metadata?.name ?? '(no name)')}`;
      const validate = byApiVersionKind.get(`${String(object.apiVersion)} ${String(object.kind)}`);
      if (!validate) {
        problems.push({
          document: index + 1,
          object: label,
          message:
            `no schema for apiVersion ${String(object.apiVersion)}, kind ${String(object.kind)}. Known: ` +
            `${[...byApiVersionKind.keys()].join(', ')}. For a new kind, add it to KINDS in scripts/kubernetes/schema.ts ` +
            'and vendor the schema again (deploy/kubernetes/schema/README.md).',
        });
        return;
      }
      if (!validate(document)) {
        for (const message of describeErrors(validate.errors ?? [])) problems.push({document: index + 1, object: label, message});
      }
    });
    return problems;
  };
}

/**
 * Ajv's errors as sentences, without the noise of the null alternative each
 * optional field has: "/spec/template/spec/containers/0: unknown field
 * securityContxt". Errors from inside an alternative that did match are not errors.
 */
function describeErrors(errors: ErrorObject[]): string[] {
  const messages = new Set<string>();
  for (const error of errors) {
    if (error.keyword === 'anyOf') continue;
    if (error.keyword === 'type' && (error.params as {type: string}).type === 'null') continue;
    const where = error.instancePath || '/';
    if (error.keyword === 'additionalProperties') {
      messages.add(`${where}: unknown field "${(error.params as {additionalProperty: string}).additionalProperty}"`);
    } else if (error.keyword === 'required') {
      messages.add(`${where}: missing required field "${(error.params as {missingProperty: string}).missingProperty}"`);
    } else {
      messages.add(`${where}: ${error.message ?? error.keyword}`);
    }
  }
  return [...messages];
}

/** Problems as lines a contributor can act on: file, document, object, what is wrong. */
export function formatProblems(file: string, problems: ManifestProblem[]): string[] {
  return problems.map(({document, object, message}) => `${path.relative(root, file)}: document ${document} (${object}): ${message}`);
}
