/** Serves build/ through the production nginx configuration, in the foreground, on $PORT. */
import {spawn} from 'node:child_process';
import path from 'node:path';
import {nginxBinary, writeLocalNginxConfig} from './nginx/config';
import {buildDir as defaultBuildDir} from './lib/buildDir';

const port = Number(process.env.PORT ?? 8080);
const buildDir = defaultBuildDir();
const {configFile} = writeLocalNginxConfig(port, buildDir);
console.log(`nginx: serving ${buildDir} on http://127.0.0.1:${port}/ (Ctrl+C to stop)`);
const child = spawn(nginxBinary(), ['-c', configFile, '-e', 'stderr'], {stdio: 'inherit'});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => child.kill('SIGQUIT'));
}
child.on('exit', (code) => process.exit(code ?? 0));
