// A photo downloads under a name ending in its real type's extension,
// whatever it was uploaded as: a JPEG uploaded as `x.html` is `x.jpg`, in a
// single download and inside the zip.
import contentDisposition from 'content-disposition';
import { expect, it } from 'vitest';
import { downloadName } from '../../src/photos/download-name.js';
import { form, jpeg, png } from '../support/images.js';
import { describeOnEachDatabase } from '../support/server.js';

it.each([
  ['x.html', 'image/jpeg', 'x.jpg'],
  ['DSC_0001.JPG', 'image/jpeg', 'DSC_0001.JPG'],
  ['scan.jpeg', 'image/jpeg', 'scan.jpeg'],
  ['noextension', 'image/png', 'noextension.png'],
  ['photo.png.exe', 'image/png', 'photo.png.png'],
  ['.htaccess', 'image/webp', '.htaccess.webp'],
  ['trailing.', 'image/jpeg', 'trailing.jpg'],
] as const)('%s as %s downloads as %s', (filename, type, expected) => {
  expect(downloadName(filename, type)).toBe(expected);
});

describeOnEachDatabase('download names', (server) => {
  it('a photo uploaded as x.html downloads as x.jpg', async () => {
    const { key } = await server().newAccount();
    const gallery = (await server().request('POST', '/galleries', { key, body: { name: 'Names' } })).body.data;
    const uploaded = await fetch(`${server().apiUrl}/galleries/${gallery.id}/photos`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${key}` },
      body: form([
        { name: 'x.html', bytes: await jpeg(), type: 'text/html' },
        { name: 'y', bytes: await png() },
      ]),
    });
    expect(uploaded.status).toBe(201);
    const [photo] = ((await uploaded.json()) as { data: { id: string }[] }).data;
    const token = gallery.share_url.split('/').pop();
    const one = await fetch(`${server().apiUrl}/share/${token}/photos/${photo!.id}/download`);
    expect(one.headers.get('content-type')).toBe('image/jpeg');
    expect(contentDisposition.parse(one.headers.get('content-disposition')!).parameters.filename).toBe('x.jpg');
    const zip = Buffer.from(await (await fetch(`${server().apiUrl}/share/${token}/download`)).arrayBuffer());
    // Stored entries: the names are in the zip's directory as plain bytes.
    expect(zip.includes(Buffer.from('x.jpg'))).toBe(true);
    expect(zip.includes(Buffer.from('y.png'))).toBe(true);
    expect(zip.includes(Buffer.from('x.html'))).toBe(false);
  });
});
