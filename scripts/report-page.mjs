// Compiles the diagnostics page (src/diagnostics/page/app/) into one script and one stylesheet that every
// index.html inlines. build-dist.mjs writes them beside the bundle; from source they are compiled on use.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const appDir = path.resolve(import.meta.dirname, '../src/diagnostics/page/app');

export async function buildReportPage() {
  const esbuild = await import('esbuild');
  const script = await esbuild.build({
    entryPoints: [path.join(appDir, 'main.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    write: false,
    legalComments: 'none',
  });
  const css = await esbuild.transform(readFileSync(path.join(appDir, 'page.css'), 'utf8'), {
    loader: 'css',
    minify: true,
  });
  return { script: script.outputFiles[0].text, css: css.code };
}
