// Fails when dist/ differs from a clean rebuild (or is not committed), or when action.yml files disagree on
// runs.using. The rebuild goes to a temporary folder, so dist/ is never touched and this can run while
// tests use dist/.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
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

const rebuilt = mkdtempSync(path.join(os.tmpdir(), 'inception-check-dist-'));
try {
  execFileSync(process.execPath, [path.join(root, 'scripts/build-dist.mjs'), '--out', rebuilt], {
    cwd: root,
    stdio: 'inherit',
  });
  const differences = compareTrees(rebuilt, path.join(root, 'dist'));
  const uncommitted = execFileSync('git', ['status', '--porcelain', '--', 'dist'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (differences.length > 0 || uncommitted.trim()) {
    failed = true;
    console.error(
      'dist/ differs from a clean rebuild or is not committed; run `npm run build` and commit dist/:\n' +
        [...differences, uncommitted.trim()].filter(Boolean).join('\n'),
    );
  } else {
    console.log('dist/ matches a clean rebuild');
  }
} finally {
  rmSync(rebuilt, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);

/** Paths that are missing on either side or differ in content, relative to the trees' roots. */
function compareTrees(expected, actual) {
  const files = (dir) =>
    existsSync(dir)
      ? readdirSync(dir, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
      : [];
  const want = new Set(files(expected));
  const have = new Set(files(actual));
  const differences = [];
  for (const file of want) {
    if (!have.has(file)) differences.push(`missing: dist/${file}`);
    else if (!readFileSync(path.join(expected, file)).equals(readFileSync(path.join(actual, file))))
      differences.push(`differs: dist/${file}`);
  }
  for (const file of have) if (!want.has(file)) differences.push(`not built: dist/${file}`);
  return differences.sort();
}
