// Fails when dist/ differs from a clean rebuild, or when action.yml files disagree on runs.using.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
let failed = false;

const runtimes = new Map();
for (const folder of ['.', ...readdirSync(root)]) {
  const file = path.join(root, folder, 'action.yml');
  if (!existsSync(file)) continue;
  const using = /^\s*using:\s*['"]?([\w.-]+)/m.exec(readFileSync(file, 'utf8'))?.[1] ?? '(none)';
  runtimes.set(path.relative(root, file), using);
}
const distinct = new Set(runtimes.values());
if (distinct.size !== 1 || !distinct.has('node24')) {
  failed = true;
  console.error('action.yml files must all use node24:');
  for (const [file, using] of runtimes) console.error(`  ${file}: ${using}`);
} else {
  console.log(`${runtimes.size} action.yml files, all node24`);
}

execFileSync(process.execPath, [path.join(root, 'scripts/build-dist.mjs')], { cwd: root, stdio: 'inherit' });
const diff = execFileSync('git', ['status', '--porcelain', '--', 'dist'], { cwd: root, encoding: 'utf8' });
if (diff.trim()) {
  failed = true;
  console.error('dist/ differs from a clean rebuild; run `npm run build` and commit dist/:\n' + diff);
} else {
  console.log('dist/ matches a clean rebuild');
}
process.exit(failed ? 1 : 0);
