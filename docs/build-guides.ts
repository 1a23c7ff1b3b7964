// `npm run docs` (after Redoc): renders the guides in docs/*.md next to the
// reference as self-contained HTML pages (docs/webhooks.md → docs/webhooks.html),
// which the reference links to.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { marked } from 'marked';

const docs = dirname(fileURLToPath(import.meta.url));
const GUIDES = ['webhooks.md'];

const page = (title: string, body: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} — PikSend API v1</title>
<style>
body{font:16px/1.6 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#1f2328}
pre{background:#f6f8fa;padding:1rem;overflow-x:auto;border-radius:6px;white-space:pre-wrap;overflow-wrap:anywhere}code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.9em;overflow-wrap:anywhere}
a{color:#0969da}h1,h2,h3{line-height:1.25}nav{margin-bottom:1.5rem}
</style></head><body><nav><a href="index.html">← API reference</a></nav>
${body}
</body></html>
`;

for (const file of (await readdir(docs)).filter((f) => GUIDES.includes(f))) {
  const markdown = await readFile(join(docs, file), 'utf8');
  const title = /^# (.+)$/m.exec(markdown)?.[1] ?? file;
  await writeFile(join(docs, file.replace(/\.md$/, '.html')), page(title, await marked.parse(markdown)));
  console.log(`docs/${file.replace(/\.md$/, '.html')}`);
}
