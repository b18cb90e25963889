export { writeReportPage } from './write-page.js';
export type { ReportPageInput } from './write-page.js';
export { BUILT_ASSETS_FILE } from './assets.js';
