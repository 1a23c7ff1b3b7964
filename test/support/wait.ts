// Waiting on the event a test expects, never on a fixed sleep: re-read until
// it holds, bounded in time (the error says what was last seen).
export async function waitUntil<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 8_000, intervalMs = 25): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`not reached within ${timeoutMs} ms: ${JSON.stringify(value)?.slice(0, 500)}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
