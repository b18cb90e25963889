export { defaultArtifactName, sanitizeArtifactName } from './artifact-name.js';
export { LogLineSplitter, LogTail, formatLogLine } from './log-lines.js';
export type { LogLine } from './log-lines.js';
export { lastLinesDetails, notCollectedSection } from './markdown-sections.js';
export { learnContainerSecrets, redactEnvEntry, redactInspect } from './redaction.js';
export { uploadDiagnostics } from './upload.js';
export { BundleWriter } from './writer.js';
export type { ReportFailure } from './writer.js';
export { insertUnderTitle } from './root-index.js';
