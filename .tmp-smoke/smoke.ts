import Docker from 'dockerode';
import { buildImages } from '/work/main/src/docker/image-build.ts';
import { MemoryLogger } from '/work/main/src/log.ts';
const docker = new Docker();
const logger = new MemoryLogger();
try {
  const r = await buildImages(docker, [{ name: 'bkprobe-a', context: '/tmp/bkprobe/ctx', buildArgs: { GREETING: 'x' }, target: 'base' }, { name: 'bkprobe-b', context: '/tmp/bkprobe/fail' }], { runTag: 'smoke-1', noCache: false, labels: { 'io.inception.environment': 'bkprobe' }, logger });
  console.log(r);
} catch (e) { console.log('ERR', (e as Error).message); }
console.log(logger.text());
