// Baseline: the cheapest JSON route Node can serve, with the same payload as our list.
import { createServer } from 'node:http';
import { benchPayload } from './payload.js';

const body = JSON.stringify(benchPayload());
const server = createServer((req, res) => {
  res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('ready'));
