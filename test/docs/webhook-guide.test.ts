// The webhook guide's verification code works on its own test vectors: the
// Python (standard library only) functions, run by python3 as written, and the
// typed client's verifyWebhook; and `npm run docs` publishes the guide beside
// the reference, which links to it.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { verifyWebhook } from '../../src/client/webhooks.js';
import { ROOT } from '../support/paths.js';

const guide = await readFile(join(ROOT, 'docs', 'webhooks.md'), 'utf8');
const vector = {
  secret: /secret `(whsec_[^`]+)`/.exec(guide)![1]!,
  t: /timestamp\s+`(\d+)`/.exec(guide)![1]!,
  id: /event id `(evt_[0-9a-f]+)`/.exec(guide)![1]!,
  body: /body\s+`(\{[^`]+\})`/.exec(guide)![1]!,
  pikSend: /X-PikSend-Signature: (t=\d+,v1=[0-9a-f]{64})/.exec(guide)![1]!,
  standard: /webhook-signature: (v1,[A-Za-z0-9+/]{43}=)/.exec(guide)![1]!,
};

describe('the webhook guide', () => {
  it('its Python functions accept the test vectors and refuse a tampered body or a stale timestamp', async () => {
    const python = /```python\n([\s\S]+?)```/.exec(guide)![1]!;
    const harness = `${python}
import json, sys
v = json.loads(sys.argv[1])
body = v["body"].encode()
at = int(v["t"])
print(json.dumps([
    verify_piksend(body, v["pikSend"], v["secret"], now=at),
    verify_standard(body, v["id"], v["t"], v["standard"], v["secret"], now=at),
    verify_piksend(body + b" ", v["pikSend"], v["secret"], now=at),
    verify_standard(body, v["id"], v["t"], v["standard"], v["secret"], now=at + 301),
]))
`;
    const { stdout } = await promisify(execFile)('python3', ['-c', harness, JSON.stringify(vector)]);
    expect(JSON.parse(stdout)).toEqual([true, true, false, false]);
  });

  it("the typed client's verifyWebhook accepts both vectors", () => {
    const now = () => new Date(Number(vector.t) * 1000);
    expect(verifyWebhook(vector.body, { 'X-PikSend-Signature': vector.pikSend }, vector.secret, { now }).type).toBe('webhook.test');
    const standard = { 'webhook-id': vector.id, 'webhook-timestamp': vector.t, 'webhook-signature': vector.standard };
    expect(verifyWebhook(vector.body, standard, vector.secret, { now }).id).toBe(vector.id);
  });

  it('is published beside the reference, which links to it', async () => {
    const { stdout } = await promisify(execFile)('npm', ['run', '-s', 'docs'], { cwd: ROOT });
    expect(stdout).toContain('docs/webhooks.html');
    const html = await readFile(join(ROOT, 'docs', 'webhooks.html'), 'utf8');
    expect(html).toContain('<h2>3. Verify the signature</h2>');
    expect(html).toContain('href="index.html"');
    expect(await readFile(join(ROOT, 'docs', 'index.html'), 'utf8')).toContain('webhooks.html');
  }, 60_000);
});
