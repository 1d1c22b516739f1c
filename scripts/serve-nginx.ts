/**
 * Serves a build (build/ unless BUILD_DIR names another) through the
 * production nginx configuration, in the foreground, on $PORT: as the image
 * runs it, not as root and over a read-only copy of the build
 * (scripts/nginx/local.ts). Rebuild, then restart this to serve a new build.
 */
import {startLocalNginx} from './nginx/local';
import {buildDir as defaultBuildDir} from './lib/buildDir';

const port = Number(process.env.PORT ?? 8080);
const buildDir = defaultBuildDir();
const nginx = startLocalNginx(port, buildDir, 'inherit');
console.log(`nginx: serving a read-only copy of ${buildDir} on ${nginx.origin}/ (Ctrl+C to stop)`);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => void nginx.stop().then(() => process.exit(0)));
}
nginx.child.on('exit', (code) => void nginx.stop().then(() => process.exit(code ?? 0)));
