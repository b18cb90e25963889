import { runAction } from '../bundle/index.js';
await runAction("collect-logs");
