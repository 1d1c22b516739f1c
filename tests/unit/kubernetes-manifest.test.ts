import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, it} from 'node:test';
import yaml from 'js-yaml';
import type {KubernetesObject} from './kubernetes-objects';
import {formatProblems, manifestValidator} from '../../scripts/kubernetes/schema';

const MANIFEST = path.resolve(import.meta.dirname, '..', '..', 'deploy', 'kubernetes', 'container-docs.yaml');
const text = readFileSync(MANIFEST, 'utf8');
const validate = manifestValidator();

/** The manifest with one string replaced, which must occur exactly once. */
function broken(from: string, to: string): string {
  assert.equal(text.split(from).length, 2, `"${from}" occurs exactly once in the manifest`);
  return text.replace(from, to);
}
const messages = (manifest: string): string[] => validate(MANIFEST, manifest).map((problem) => problem.message);

describe('deploy/kubernetes/container-docs.yaml against the Kubernetes API schema', () => {
  it('is valid', () => {
    const problems = validate(MANIFEST, text);
    assert.deepEqual(formatProblems(MANIFEST, problems), []);
  });

  it('rejects a misspelt field, naming where it is', () => {
    assert.deepEqual(messages(broken('          securityContext:\n', '          securityContxt:\n')), [
      '/spec/template/spec/containers/0: unknown field "securityContxt"',
    ]);
    assert.deepEqual(messages(broken('readOnlyRootFilesystem: true', 'readOnlyRootFileSystem: true')), [
      '/spec/template/spec/containers/0/securityContext: unknown field "readOnlyRootFileSystem"',
    ]);
    assert.deepEqual(messages(broken('  minAvailable: 1', '  minAvailible: 1')), ['/spec: unknown field "minAvailible"']);
  });

  it('rejects a value of the wrong type, a malformed quantity and a missing required field', () => {
    assert.deepEqual(messages(broken('runAsNonRoot: true\n        runAsUser', 'runAsNonRoot: "yes"\n        runAsUser')), [
      '/spec/template/spec/securityContext/runAsNonRoot: must be boolean',
    ]);
    assert.match(
      messages(broken('memory: 64Mi', 'memory: 64MB')).join('\n'),
      /\/spec\/template\/spec\/containers\/0\/resources\/limits\/memory: must match pattern/,
    );
    assert.deepEqual(messages(broken('        - name: web\n', '        - nam: web\n')), [
      '/spec/template/spec/containers/0: missing required field "name"',
      '/spec/template/spec/containers/0: unknown field "nam"',
    ]);
  });

  it('accepts what YAML writes for int-or-string and quantity fields, and null for an optional field', () => {
    assert.deepEqual(messages(broken('targetPort: http', 'targetPort: 8080')), []);
    assert.deepEqual(messages(broken('cpu: 500m', 'cpu: 1')), []);
    assert.deepEqual(messages(broken('  replicas: 2\n', '  replicas:\n')), []);
  });

  it('names a kind it has no schema for', () => {
    const [problem] = validate(MANIFEST, `${text}---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: x\n`);
    assert.equal(problem?.document, 4);
    assert.match(
      problem!.message,
      /no schema for apiVersion networking\.k8s\.io\/v1, kind NetworkPolicy.*KINDS in scripts\/kubernetes\/schema\.ts/,
    );
  });
});

describe('the manifest follows the security pages', () => {
  const objects = yaml.loadAll(text) as KubernetesObject[];
  const deployment = objects.find((object) => object.kind === 'Deployment')!;
  const pod = deployment.spec.template.spec;

  it('runs no container as root, with no privilege escalation, no capabilities and a read-only root filesystem', () => {
    assert.equal(pod.securityContext.runAsNonRoot, true);
    assert.ok(pod.securityContext.runAsUser > 0);
    assert.deepEqual(pod.securityContext.seccompProfile, {type: 'RuntimeDefault'});
    for (const container of pod.containers) {
      assert.equal(container.securityContext.allowPrivilegeEscalation, false);
      assert.equal(container.securityContext.readOnlyRootFilesystem, true);
      assert.deepEqual(container.securityContext.capabilities, {drop: ['ALL']});
    }
  });

  it('names images by a version tag, has requests, limits and probes, and a disruption budget', () => {
    for (const container of pod.containers) {
      assert.match(container.image, /:\d+\.\d+\.\d+(@sha256:[0-9a-f]{64})?$/, `${container.image} has a version tag`);
      assert.ok(container.resources.requests?.cpu && container.resources.requests.memory, 'requests');
      assert.ok(container.resources.limits?.memory, 'memory limit');
      assert.ok(container.readinessProbe && container.livenessProbe, 'probes');
    }
    const budget = objects.find((object) => object.kind === 'PodDisruptionBudget');
    assert.ok(budget, 'a PodDisruptionBudget');
    assert.deepEqual(budget.spec.selector, deployment.spec.selector);
    assert.ok(budget.spec.minAvailable < deployment.spec.replicas, 'the budget leaves room to drain a node');
  });
});
