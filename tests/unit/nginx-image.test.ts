import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, it} from 'node:test';
import yaml from 'js-yaml';
import type {KubernetesObject} from './kubernetes-objects';
import {directives, fillTemplate, IMAGE, renderNginxConfig} from '../../scripts/nginx/config';

// No container engine runs here, so the image is checked by what it runs: the
// nginx configuration it is given (rendered by the code that renders the one
// the end-to-end tests run), the user and paths in deploy/Dockerfile, and
// their agreement with deploy/kubernetes/container-docs.yaml.

const root = path.resolve(import.meta.dirname, '..', '..');
const dockerfile = readFileSync(path.join(root, 'deploy', 'Dockerfile'), 'utf8');
const finalStage = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
const instructions = (stage: string, name: string): string[] =>
  stage
    .replace(/\\\n/g, ' ')
    .split('\n')
    .filter((line) => line.startsWith(`${name} `))
    .map((line) => line.slice(name.length + 1).trim());

const {main, server} = renderNginxConfig(IMAGE.settings);
const all = [...directives(main), ...directives(server)];
const values = (name: string): string[] => all.filter(([directive]) => directive === name).map(([, value]) => value);

describe("the image's nginx configuration", () => {
  it('lets nginx start as an ordinary user: no user directive, an unprivileged port', () => {
    assert.deepEqual(values('user'), []);
    const [listen] = values('listen');
    assert.ok(Number(listen) >= 1024, `listen ${listen} needs no privilege`);
  });

  it('writes only to the run directory, and logs to standard output and error', () => {
    const written = [...values('pid'), ...all.filter(([directive]) => directive.endsWith('_temp_path')).map(([, value]) => value)];
    assert.equal(written.length, 6, 'a pid file and five temporary directories');
    for (const file of written) assert.ok(file.startsWith(`${IMAGE.settings.runDir}/`), `${file} is in ${IMAGE.settings.runDir}`);
    assert.deepEqual(values('error_log'), ['stderr warn']);
    assert.deepEqual(values('access_log'), ['/dev/stdout']);
    assert.deepEqual(values('daemon'), ['off']);
  });

  it('serves the site from where the image puts it, with the server block where nginx.conf includes it', () => {
    assert.deepEqual(values('root'), [IMAGE.settings.siteRoot]);
    assert.ok(values('include').includes(IMAGE.settings.serverConf));
  });

  it('refuses a template placeholder without a value, and a value without a placeholder', () => {
    assert.throws(
      () => fillTemplate('/x/a.template', 'listen ${LISTEN}; root ${ROOT};', {LISTEN: '80'}),
      /a\.template: placeholder \$\{ROOT\} has no value/,
    );
    assert.throws(() => fillTemplate('/x/a.template', 'listen ${LISTEN};', {LISTEN: '80', ROOT: '/'}), /no placeholder for ROOT/);
    assert.equal(fillTemplate('/x/a.template', 'return 301 $canonical$is_args$args;', {}), 'return 301 $canonical$is_args$args;');
  });
});

describe('deploy/Dockerfile', () => {
  it("renders the configuration in the build stage and copies it and the site to the image's paths", () => {
    const render = dockerfile.match(/^RUN npx tsx scripts\/nginx\/render-image\.ts (\S+)$/m)?.[1];
    assert.ok(render, 'the build stage runs scripts/nginx/render-image.ts');
    const copies = instructions(finalStage, 'COPY').map((copy) => copy.replace(/^--from=build /, ''));
    assert.ok(copies.includes(`${render}/nginx.conf ${IMAGE.mainConf}`), copies.join('\n'));
    assert.ok(copies.includes(`${render}/container-docs.conf ${IMAGE.settings.serverConf}`), copies.join('\n'));
    assert.ok(copies.includes(`/site/build ${IMAGE.settings.siteRoot}`), copies.join('\n'));
  });

  it('runs nginx as a numeric user that is not root, on the port the configuration listens on', () => {
    const users = instructions(finalStage, 'USER');
    assert.equal(users.length, 1);
    const [uid, gid] = users[0]!.split(':').map(Number);
    assert.ok(uid! > 0 && gid! > 0, `USER ${users[0]} is numeric and not root`);
    assert.deepEqual(instructions(finalStage, 'EXPOSE'), [IMAGE.settings.listen]);
    assert.deepEqual(instructions(finalStage, 'CMD'), ['["nginx", "-e", "stderr"]']);
  });

  it('agrees with the Kubernetes manifest on the user, the port and the writable directory', () => {
    const [uid, gid] = instructions(finalStage, 'USER')[0]!.split(':').map(Number);
    const manifest = yaml.loadAll(
      readFileSync(path.join(root, 'deploy', 'kubernetes', 'container-docs.yaml'), 'utf8'),
    ) as KubernetesObject[];
    const pod = manifest.find((object) => object.kind === 'Deployment')!.spec.template.spec;
    assert.equal(pod.securityContext.runAsUser, uid);
    assert.equal(pod.securityContext.runAsGroup, gid);
    const container = pod.containers[0]!;
    assert.equal(container.ports[0]!.containerPort, Number(IMAGE.settings.listen));
    const mount = container.volumeMounts.find((volumeMount) => volumeMount.mountPath === IMAGE.settings.runDir);
    assert.ok(mount, `a volume is mounted at ${IMAGE.settings.runDir}, the one directory nginx writes`);
    assert.ok(pod.volumes.find((volume) => volume.name === mount!.name)?.emptyDir, 'an emptyDir');
  });
});
