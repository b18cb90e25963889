import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The page's script and style, inlined into every index.html. */
export interface PageAssets {
  script: string;
  css: string;
}

/** Beside the ncc bundle in dist/bundle/, written by scripts/build-dist.mjs. */
export const BUILT_ASSETS_FILE = 'report-page.json';

let loading: Promise<PageAssets> | undefined;

/**
 * The built page from beside the bundle; from source (tsx, tests) it is compiled on first use with
 * esbuild, a dev dependency that dist/ never needs. Throws when neither is there.
 */
export function reportPageAssets(): Promise<PageAssets> {
  loading ??= load();
  return loading;
}

async function load(): Promise<PageAssets> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const built = await readFile(path.join(here, BUILT_ASSETS_FILE), 'utf8').catch(() => undefined);
  if (built !== undefined) return JSON.parse(built) as PageAssets;
  const builder = pathToFileURL(path.resolve(here, '../../../scripts/report-page.mjs')).href;
  const { buildReportPage } = (await import(/* webpackIgnore: true */ builder)) as {
    buildReportPage: () => Promise<PageAssets>;
  };
  return buildReportPage();
}
