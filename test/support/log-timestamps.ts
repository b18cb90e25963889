/** Kubernetes log timestamps: nanoseconds, a trimmed fraction, none. */
export const T1 = '2026-11-21T06:00:01.123456789Z';
export const T2 = '2026-11-21T06:00:01.5Z';
export const T3 = '2026-11-21T06:00:02Z';
