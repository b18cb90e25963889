import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { repoRoot } from './action-runner.js';

export interface OpenedPage {
  browser: Browser;
  page: Page;
  /** Requests the page made to anything but its own file: a self-contained page makes none. */
  outsideRequests: string[];
  /** From navigation to the files section drawn: a figure, never asserted on. */
  loadMs: number;
}

/** Debian's Chromium, headless; playwright-core never downloads a browser. */
export async function openReportPage(bundleDir: string): Promise<OpenedPage> {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-background-networking'],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const url = pathToFileURL(path.join(bundleDir, 'index.html')).href;
  const outsideRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url() !== url && !request.url().startsWith('data:')) outsideRequests.push(request.url());
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const started = Date.now();
  await page.goto(url);
  await page.waitForSelector('#files');
  const loadMs = Date.now() - started;
  if (errors.length > 0) throw new Error(`index.html threw: ${errors.join('; ')}`);
  return { browser, page, outsideRequests, loadMs };
}

export interface LaneOnPage {
  name: string;
  kind: string;
  failed: boolean;
  failedBars: number;
}

export async function timelineLanes(page: Page): Promise<LaneOnPage[]> {
  return page.$$eval('#timeline-chart g.lane', (groups) =>
    groups.map((group) => ({
      name: group.getAttribute('data-lane') ?? '',
      kind: group.getAttribute('data-kind') ?? '',
      failed: group.classList.contains('failed'),
      failedBars: group.querySelectorAll('rect[data-failed="true"]').length,
    })),
  );
}

/** Clicks the middle of the lane's latest failed bar; gives what the viewer then shows. */
export async function clickFailedBar(page: Page, lane: string): Promise<ViewerState> {
  await page.locator(`#timeline-chart g.lane[data-lane="${lane}"] rect[data-failed="true"]`).last().click();
  return viewerState(page);
}

export interface ViewerState {
  file?: string;
  /** 1-based. */
  line?: number;
  currentText?: string;
}

export async function viewerState(page: Page): Promise<ViewerState> {
  return page.$eval('#viewer', (viewer) => {
    const line = viewer.getAttribute('data-line');
    return {
      file: viewer.getAttribute('data-file') ?? undefined,
      line: line ? Number(line) : undefined,
      currentText: viewer.querySelector('.row.current')?.textContent ?? undefined,
    };
  });
}

/** Opens `file` from the file list and searches it. */
export async function searchFile(
  page: Page,
  file: string,
  text: string,
): Promise<ViewerState & { count: string }> {
  await page.locator(`#file-list button[data-path="${file}"]`).click();
  await page.fill('#search', text);
  const count = (await page.textContent('#search-count')) ?? '';
  return { ...(await viewerState(page)), count };
}

/** A screenshot for the README, in docs/screenshots/. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const file = path.join(repoRoot, 'docs', 'screenshots', name);
  await mkdir(path.dirname(file), { recursive: true });
  await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path: file, fullPage: false });
  return file;
}

/** The first ```mermaid block of a markdown text. */
export function mermaidBlock(markdown: string): string | undefined {
  return /```mermaid\n([\s\S]*?)\n```/.exec(markdown)?.[1];
}
