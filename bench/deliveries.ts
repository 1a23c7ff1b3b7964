// The webhook delivery figures alone (bench/webhooks.ts), without the rest of
// `npm run bench`: for profiling the worker against a backlog.
//   npm run bench:deliveries [-- --quick]
//   BENCH_CPU_PROF_DIR=/tmp/prof DATABASE_URL=postgres://… npm run bench:deliveries
import { parseArgs } from 'node:util';
import { buildServer } from './support/compiled-server.js';
import { measureDeliveries } from './webhooks.js';

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
buildServer();
const figures = await measureDeliveries({ quick: values.quick!, databaseUrl: process.env.DATABASE_URL });
console.log(`${figures.deliveriesPerSecond} deliveries/s from a backlog of ${figures.backlog} (a bare POST loop: ${figures.barePostsPerSecond}/s, ${(figures.deliveriesPerSecond / figures.barePostsPerSecond).toFixed(2)}×); event → delivery p50 ${figures.latencyP50} ms, p99 ${figures.latencyP99} ms`);
process.exit(0);
