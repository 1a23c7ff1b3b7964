// `piksend <command>`: run the API and administer accounts and keys.
import { parseArgs } from 'node:util';
import { accountEmail, basePath, serverUrl } from '../../generated/constants.js';
import { listen } from './listen.js';
import { startupProblem } from './startup-problems.js';
import { accountPlanValues } from '../../generated/openapi.js';
import { AccountExistsError, createAccount, ensureTestScope, findAccountByEmail, type Plan } from '../accounts/accounts.js';
import { createApiKey, listApiKeys, revokeApiKey, rollApiKey } from '../accounts/api-keys.js';
import { DEMO_EMAIL, ensureDemoAccount } from '../accounts/demo.js';
import { clearTestData } from '../accounts/test-data.js';
import { createStorage } from '../storage/storage.js';
import { TestModeError, TestModeSession } from '../test-mode/test-mode-session.js';
import { isTriggerable, trigger, TRIGGERABLE_EVENTS } from '../test-mode/triggers.js';
import { runSandbox } from '../test-mode/sandbox.js';
import { systemClock } from '../clock.js';
import { ConfigError, loadConfig, variablesHelp, type Config } from '../config/index.js';
import { openDatabase } from '../db/connect.js';
import { createLogger } from '../logging/logger.js';
import { createExpiryScheduler } from '../scheduler/expiry.js';
import { listenUrlOf, startDeliveryWorker, startServer, wakeUpDeliveries } from '../server/server.js';
import { createSecretBox, resolveSecretKey } from '../webhooks/secret-box.js';

const USAGE = `Usage: piksend <command>

  serve                                        run the API and its webhook delivery worker (default)
  worker                                       run only the background work: webhook delivery, gallery expiry
  listen --forward-to URL [--events a,b] [--interval MS] [--state FILE]
                                               forward your account's events to a local URL, signed
                                               (PIKSEND_API_KEY; PIKSEND_API_URL, default production)
  migrate                                      apply database migrations
  trigger <event> [--api-key pk_test_…] [--api-url URL]
                                               make the event happen for real in test mode: a test gallery with
                                               photos, a visit, a download…; prints the event id and its deliveries
                                               (PIKSEND_API_KEY; PIKSEND_API_URL, default production). Events:
                                               ${TRIGGERABLE_EVENTS.join(', ')}
  sandbox                                      a throwaway server with realistic test data, a test key and share links
  accounts create --email E [--plan ${accountPlanValues.join('|')}]  create an account
  keys create --email E [--name N] [--test]    create an API key (printed once); --test: a pk_test_ key (test mode)
  keys list --email E                          list an account's keys (both modes)
  keys roll --id KEY_ID [--expires-in 24h]     a new key for the same account, printed once; the old one keeps
                                               working for the grace period (90s, 30m, 24h, 7d), then expires
  keys revoke --id KEY_ID                      revoke a key (at once)
  test-data clear --email E                    delete an account's test-mode data and its files (live data and keys stay)

Exit codes: 0 done; 2 refused — a usage mistake (with this text), or one line saying why (no such account
or key, an account that exists, a live key given to trigger, an unusable configuration, a port in use);
1 an unexpected failure (with its stack trace: a bug to report).

Configuration comes from the environment (defaults shown; the README says what each does):

${variablesHelp()}`;

class UsageError extends Error {}
/** A refusal of a well-formed command (no such key, an email without a domain): one line, exit 2, no usage text. */
class Refusal extends Error {}

/** `90s`, `30m`, `24h`, `7d` → seconds. */
function parseDuration(text: string): number {
  const match = /^(\d{1,6})(s|m|h|d)$/.exec(text.trim());
  if (!match) throw new UsageError(`--expires-in takes a duration such as 90s, 30m, 24h or 7d, got "${text}"`);
  const seconds = Number(match[1]) * { s: 1, m: 60, h: 3600, d: 86400 }[match[2] as 's' | 'm' | 'h' | 'd'];
  if (seconds > 90 * 86400) throw new UsageError('--expires-in is at most 90 days');
  return seconds;
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const EMAIL = new RegExp(accountEmail.pattern);
/** The spec's rule for an account's email (generated from Account.email). */
const isEmailAddress = (text: string) => text.length <= accountEmail.maxLength && EMAIL.test(text.trim());

const isPlan = (value: string): value is Plan => (accountPlanValues as readonly string[]).includes(value);

/** The domain context of an administrative command: the migrated database and the system clock. */
async function withDatabase<T>(
  config: Config,
  work: (ctx: { db: ReturnType<typeof openDatabase>['db']; clock: typeof systemClock; database: ReturnType<typeof openDatabase> }) => Promise<T>,
  { migrate = true } = {},
): Promise<T> {
  const database = openDatabase(config.databaseUrl);
  try {
    if (migrate) await database.migrate();
    return await work({ db: database.db, clock: systemClock, database });
  } finally {
    await database.close();
  }
}

/** Stops `stop` on SIGTERM/SIGINT (once), forcing the exit if it takes more than 10 s. */
function onSignals(logger: ReturnType<typeof createLogger>, stop: () => Promise<void>) {
  let stopping = false;
  const handle = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing in-flight work');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    void stop().then(() => {
      logger.info('stopped');
      process.exit(0);
    });
  };
  process.on('SIGTERM', () => handle('SIGTERM'));
  process.on('SIGINT', () => handle('SIGINT'));
  // The last line of defence: every stream and promise of ours handles its errors, but a rejection a
  // library forgot must not take the API down for every client. It is logged as the bug it is.
  process.on('unhandledRejection', (err) => logger.error({ err }, 'unhandled promise rejection (kept serving)'));
}

async function runWorker(config: Config) {
  const logger = createLogger(config.logLevel);
  const database = openDatabase(config.databaseUrl);
  await database.migrate();
  const secretBox = createSecretBox(await resolveSecretKey(config, logger));
  const worker = await startDeliveryWorker(config, { logger, database, secretBox });
  const expiry = config.expiryScheduler
    ? createExpiryScheduler({ database, clock: systemClock, logger, config, deliveries: wakeUpDeliveries(database, worker, logger), listenUrl: listenUrlOf(config, database) })
    : null;
  expiry?.start();
  onSignals(logger, async () => {
    await expiry?.stop();
    await worker.stop(Math.min(config.webhooks.timeoutMs, 5_000));
    await database.close();
  });
}

async function serve(config: Config) {
  const logger = createLogger(config.logLevel);
  const running = await startServer(config, { logger });
  // The demo key goes to a person at a terminal, never into a log pipeline: only in development or on a TTY,
  // never in production, and never as a log line.
  const terminal = process.stdout.isTTY === true || config.nodeEnv === 'development';
  if (!config.production && terminal) {
    const key = await ensureDemoAccount({ db: running.database.db, clock: systemClock });
    if (key) {
      process.stdout.write(
        `\nCreated a demo Pro account (demo@piksend.local). Its API key, shown once:\n\n  ${key}\n\n` +
          `  curl -H "Authorization: Bearer ${key}" ${running.url}${basePath}/galleries\n\n`,
      );
    } else {
      // Accounts exist (the demo key was shown once, long ago): say how to get a key rather than nothing.
      process.stdout.write(
        `\nAPI keys are shown only when made. Make one for an account (--test for a test-mode key):\n\n` +
          `  npx piksend keys create --email ${DEMO_EMAIL}\n\n`,
      );
    }
  }
  logger.info(
    { url: `${running.url}${basePath}`, share_links: config.shareBaseUrl, database: running.database.dialect, delivery_worker: running.worker ? 'in-process' : 'off' },
    'PikSend API listening',
  );
  onSignals(logger, () => running.close());
}

async function runListen(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      'forward-to': { type: 'string' },
      'api-url': { type: 'string' },
      'api-key': { type: 'string' },
      events: { type: 'string' },
      interval: { type: 'string' },
      state: { type: 'string' },
    },
    strict: true,
  });
  const forwardTo = values['forward-to'];
  if (!forwardTo || !/^https?:\/\//.test(forwardTo)) throw new UsageError('--forward-to http(s)://… is required');
  const apiKey = values['api-key'] ?? process.env.PIKSEND_API_KEY;
  if (!apiKey) throw new UsageError('Set PIKSEND_API_KEY (or pass --api-key)');
  const intervalMs = Number(values.interval ?? 2000);
  if (!Number.isInteger(intervalMs) || intervalMs < 100) throw new UsageError('--interval is milliseconds, at least 100');
  const controller = new AbortController();
  process.on('SIGINT', () => controller.abort());
  process.on('SIGTERM', () => controller.abort());
  await listen({
    apiUrl: values['api-url'] ?? process.env.PIKSEND_API_URL ?? serverUrl,
    apiKey,
    forwardTo,
    statePath: values.state ?? '.piksend-listen.json',
    intervalMs,
    events: values.events ? values.events.split(',').map((e) => e.trim()) : null,
    out: (line) => process.stdout.write(`${line}\n`),
    signal: controller.signal,
  });
}

async function runTrigger(args: string[]) {
  const { values, positionals } = parseArgs({ args, options: { 'api-url': { type: 'string' }, 'api-key': { type: 'string' } }, allowPositionals: true, strict: true });
  const [event, ...extra] = positionals;
  if (!event || extra.length) throw new UsageError(`trigger takes one event: ${TRIGGERABLE_EVENTS.join(', ')}`);
  if (!isTriggerable(event)) throw new UsageError(`Unknown event "${event}": one of ${TRIGGERABLE_EVENTS.join(', ')}`);
  const apiKey = values['api-key'] ?? process.env.PIKSEND_API_KEY;
  if (!apiKey) throw new UsageError('Set PIKSEND_API_KEY (or pass --api-key) to a pk_test_ key');
  const apiUrl = values['api-url'] ?? process.env.PIKSEND_API_URL ?? serverUrl;
  const session = new TestModeSession({ apiUrl, apiKey, userAgent: 'piksend trigger' });
  const result = await trigger(session, event).catch((err: unknown) => {
    // fetch's network failure (refused, unknown host): one line, not a stack.
    if (err instanceof TypeError && err.cause instanceof Error) {
      throw new TestModeError(`Cannot reach the API at ${apiUrl}: ${(err.cause as NodeJS.ErrnoException).code ?? err.cause.message}`);
    }
    throw err;
  });
  console.log(`Triggered ${result.event} in test mode:`);
  for (const line of result.made) console.log(`  made ${line}`);
  console.log(`  event ${result.eventId} (test sequence ${result.sequence})`);
  if (!result.deliveries.length) console.log(`  no enabled test webhook is subscribed to ${result.event} (piksend listen, or POST /webhooks with this key)`);
  for (const d of result.deliveries) console.log(`  delivery to ${d.url}: ${d.status}${d.statusCode === null ? '' : ` (${d.statusCode})`}`);
}

async function main(argv: string[]) {
  const [command = 'serve', sub, ...rest] = argv;
  // The forwarder and the trigger talk to an API somewhere; they need none of the server's configuration.
  if (command === 'listen') return runListen([sub, ...rest].filter((a): a is string => a !== undefined));
  if (command === 'trigger') return runTrigger([sub, ...rest].filter((a): a is string => a !== undefined));
  if (command === 'sandbox') return runSandbox();
  // Help needs no configuration either (in production a missing setting would otherwise hide it).
  if (command === 'help' || command === '--help' || command === '-h') {
    console.log(USAGE);
    return;
  }
  const config = loadConfig();
  const options = (args: string[]) =>
    parseArgs({
      args,
      options: { email: { type: 'string' }, plan: { type: 'string' }, name: { type: 'string' }, id: { type: 'string' }, 'expires-in': { type: 'string' }, test: { type: 'boolean' } },
      strict: true,
    }).values;

  switch (command) {
    case 'serve':
      return serve(config);
    case 'worker':
      return runWorker(config);
    case 'migrate':
      // Not migrated first: what this command applies is what it reports.
      return withDatabase(
        config,
        async ({ database }) => {
          console.log(`migrations applied: ${(await database.migrate()).join(', ') || 'none (up to date)'}`);
        },
        { migrate: false },
      );
    case 'accounts': {
      if (sub !== 'create') throw new UsageError(`Unknown accounts command ${sub ?? ''}`);
      const { email, plan = 'pro' } = options(rest);
      if (!email) throw new UsageError('--email is required');
      if (!isEmailAddress(email)) throw new Refusal(`--email must be an address with a domain of at least two labels (jane@example.com), got "${email}"`);
      if (!isPlan(plan)) throw new UsageError(`--plan must be one of ${accountPlanValues.join(', ')}`);
      return withDatabase(config, async (ctx) => {
        const account = await createAccount(ctx, { email, plan });
        console.log(`account ${account.id} (${account.email}, ${account.plan})`);
      });
    }
    case 'keys': {
      const values = options(rest);
      return withDatabase(config, async (ctx) => {
        if (sub === 'roll') {
          if (!values.id) throw new UsageError('--id is required');
          const grace = parseDuration(values['expires-in'] ?? '24h');
          const rolled = await rollApiKey(ctx, values.id, grace);
          if (!rolled) throw new Refusal(`No live key with id ${values.id}`);
          console.log(
            `key ${rolled.summary.id} created to replace ${rolled.old.id}, which keeps working until ${rolled.old.expires_at}.\n` +
              `Copy the new key now, it is shown only once:\n\n  ${rolled.key}\n`,
          );
          return;
        }
        if (sub === 'revoke') {
          if (!values.id) throw new UsageError('--id is required');
          if (!(await revokeApiKey(ctx, values.id))) throw new Refusal(`No live key with id ${values.id}`);
          console.log(`revoked ${values.id}`);
          return;
        }
        if (!values.email) throw new UsageError('--email is required');
        const account = await findAccountByEmail(ctx, values.email);
        if (!account) throw new Refusal(`No account with email ${values.email}`);
        if (sub === 'create') {
          const scope = values.test ? await ensureTestScope(ctx, account) : account;
          const { key, summary } = await createApiKey(ctx, scope, values.name ?? null);
          const mode = values.test ? 'test-mode key' : 'key';
          console.log(`${mode} ${summary.id} created. Copy it now, it is shown only once:\n\n  ${key}\n`);
        } else if (sub === 'list') {
          const now = Date.now();
          for (const k of await listApiKeys(ctx, account.id)) {
            const state = k.revoked_at
              ? `revoked ${k.revoked_at}`
              : k.expires_at
                ? `${Date.parse(k.expires_at) <= now ? 'expired' : 'expires'} ${k.expires_at}`
                : 'active';
            console.log(`${k.id}  ${k.display}  ${k.livemode ? 'live' : 'test'}  ${k.name ?? '-'}  created ${k.created_at}  last used ${k.last_used_at ?? 'never'}  ${state}`);
          }
        } else {
          throw new UsageError(`Unknown keys command ${sub ?? ''}`);
        }
      });
    }
    case 'test-data': {
      if (sub !== 'clear') throw new UsageError(`Unknown test-data command ${sub ?? ''}`);
      const { email } = options(rest);
      if (!email) throw new UsageError('--email is required');
      return withDatabase(config, async (ctx) => {
        const account = await findAccountByEmail(ctx, email);
        if (!account) throw new Refusal(`No account with email ${email}`);
        const storage = createStorage(config.photos.storage);
        try {
          const cleared = await clearTestData({ ...ctx, storage, logger: createLogger(config.logLevel) }, account);
          console.log(
            `cleared the test data of ${account.email}: ${count(cleared.galleries, 'gallery', 'galleries')}, ${count(cleared.photos, 'photo')} (with their files), ` +
              `${count(cleared.webhooks, 'webhook')}, ${count(cleared.events, 'event')}. Live data and API keys were not touched.`,
          );
        } finally {
          await storage.close();
        }
      });
    }
    default:
      throw new UsageError(`Unknown command ${command}`);
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  if (err instanceof UsageError) {
    console.error(`${err.message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (err instanceof ConfigError || err instanceof AccountExistsError || err instanceof Refusal || err instanceof TestModeError) {
    console.error(err.message);
    process.exit(2);
  }
  // A start-up failure a person can fix: one line saying how, exit 2 (nothing was started).
  const problem = startupProblem(err, configForMessages());
  if (problem) {
    console.error(problem);
    process.exit(2);
  }
  console.error(err);
  process.exit(1);
});

/** The configuration the messages name (it loaded, or we would not be here; defaults otherwise). */
function configForMessages(): Pick<Config, 'port' | 'host' | 'databaseUrl'> {
  try {
    return loadConfig();
  } catch {
    return { port: Number(process.env.PORT ?? 3000), host: process.env.HOST ?? '127.0.0.1', databaseUrl: process.env.DATABASE_URL ?? 'sqlite:' };
  }
}
