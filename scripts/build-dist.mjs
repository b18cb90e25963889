// Rebuilds dist/: one ncc bundle of every action and the CLI (dist/bundle), and per action a two-line
// entry that action.yml points at. Sharing one bundle keeps the committed dist/ to one copy of the deps.
// `--out DIR` builds into DIR instead (check-dist compares such a build with the committed dist/).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { buildReportPage } from './report-page.mjs';

const root = path.resolve(import.meta.dirname, '..');
const outFlag = process.argv.indexOf('--out');
const dist = outFlag > 0 ? path.resolve(process.argv[outFlag + 1]) : path.join(root, 'dist');
rmSync(dist, { recursive: true, force: true });
execFileSync(
  process.execPath,
  [
    path.join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'),
    'build',
    'src/entry/bundle.ts',
    '-o',
    path.join(dist, 'bundle'),
    '--license',
    'licenses.txt',
    '--quiet',
    '--transpile-only',
  ],
  { cwd: root, stdio: 'inherit' },
);

// The diagnostics page's script and style, read beside the bundle (src/diagnostics/page/assets.ts).
writeFileSync(path.join(dist, 'bundle', 'report-page.json'), JSON.stringify(await buildReportPage()) + '\n');

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
const shown = path.relative(root, dist).startsWith('..') ? dist : path.relative(root, dist);
console.log(`${shown}/ rebuilt: bundle + ${actionFolders.join(', ')}, cli`);
