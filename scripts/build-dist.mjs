// Rebuilds dist/: one ncc bundle of every action and the CLI (dist/bundle), and per action a two-line
// entry that action.yml points at. Sharing one bundle keeps the committed dist/ to one copy of the deps.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist');
rmSync(dist, { recursive: true, force: true });
execFileSync(
  process.execPath,
  [
    path.join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'),
    'build',
    'src/entry/bundle.ts',
    '-o',
    'dist/bundle',
    '--license',
    'licenses.txt',
    '--quiet',
    '--transpile-only',
  ],
  { cwd: root, stdio: 'inherit' },
);

const actionFolders = readdirSync(root).filter((name) => existsSync(path.join(root, name, 'action.yml')));
// The root action.yml (`uses: org/inception-actions@v1`) runs the pipeline action.
if (existsSync(path.join(root, 'action.yml'))) actionFolders.push('pipeline');
for (const action of actionFolders) {
  mkdirSync(path.join(dist, action), { recursive: true });
  writeFileSync(
    path.join(dist, action, 'index.js'),
    `import { runAction } from '../bundle/index.js';\nawait runAction(${JSON.stringify(action)});\n`,
  );
}
mkdirSync(path.join(dist, 'cli'), { recursive: true });
writeFileSync(
  path.join(dist, 'cli', 'index.js'),
  `import { runCli } from '../bundle/index.js';\nprocess.exitCode = await runCli(process.argv.slice(2));\n`,
);
console.log(`dist/ rebuilt: bundle + ${actionFolders.join(', ')}, cli`);
