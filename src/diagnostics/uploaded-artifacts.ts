/** Diagnostics bundles this job already collected (and uploaded, on a runner), one name a line; collect-logs
 * exports it so a later post step does not collect the same again. Its own file: run-tests reads it
 * without loading the collectors. */
export const UPLOADED_ARTIFACTS_ENV = 'INCEPTION_DIAGNOSTICS_UPLOADED';
