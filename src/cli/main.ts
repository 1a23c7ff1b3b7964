// `piksend <command>`: the server and its administration.
import { createApp } from '../server/app.js';

const [command = 'serve'] = process.argv.slice(2);
if (command !== 'serve') {
  console.error(`Unknown command ${command}. Usage: piksend serve`);
  process.exit(2);
}
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';
const server = createApp().listen(port, host, () => console.log(`PikSend API listening on http://${host}:${port}/api/v1`));
process.on('SIGTERM', () => server.close());
process.on('SIGINT', () => server.close());
