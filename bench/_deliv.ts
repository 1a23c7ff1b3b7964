import { measureDeliveries } from './webhooks.js';
console.log(await measureDeliveries({ quick: false, databaseUrl: process.env.DATABASE_URL }));
process.exit(0);
