// Baseline: a bare Koa JSON route (Koa serializes the object), same payload as our list.
import Koa from 'koa';
import { benchPayload } from './payload.js';

const payload = benchPayload();
const app = new Koa();
app.use((ctx) => {
  ctx.body = payload;
});
app.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('ready'));
