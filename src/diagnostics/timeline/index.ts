export type { TimelineBar, TimelineLane, TimelineLaneKind } from './model.js';
export { dockerLanes } from './docker-lanes.js';
export { podLane } from './kube-lanes.js';
export { testLanes } from './test-lanes.js';
export { ganttName, renderGantt, timelineSection } from './gantt.js';
export type { GanttChart, GanttOptions } from './gantt.js';
