// What stopped the server from starting, in one line that says how to fix
// it, for the failures a person causes (a port in use, a database that is
// not there) — never a stack trace. Anything else is a bug and keeps its trace.
import type { Config } from '../config/index.js';

const hidePassword = (url: string) => url.replace(/\/\/([^:/@]+):[^@/]*@/, '//$1:***@');

export function startupProblem(err: unknown, config: Pick<Config, 'port' | 'host' | 'databaseUrl'>): string | null {
  const e = err as NodeJS.ErrnoException & { syscall?: string; code?: string };
  const database = hidePassword(config.databaseUrl);
  if (e?.syscall === 'listen') {
    if (e.code === 'EADDRINUSE') return `Port ${config.port} on ${config.host} is already in use: stop the other server, or set PORT to a free port`;
    if (e.code === 'EACCES') return `Not allowed to listen on ${config.host}:${config.port}: choose a PORT above 1023`;
    if (e.code === 'EADDRNOTAVAIL') return `HOST ${config.host} is not an address of this machine: use 127.0.0.1, or 0.0.0.0 for every interface`;
  }
  if (e?.code === '3D000') return `The database in DATABASE_URL (${database}) does not exist: create it (createdb), or fix DATABASE_URL`;
  if (e?.code === '28P01' || e?.code === '28000') return `PostgreSQL refused the user or password in DATABASE_URL (${database})`;
  if (['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'EHOSTUNREACH', 'EAI_AGAIN'].includes(e?.code ?? '') && config.databaseUrl.startsWith('postgres')) {
    return `Cannot reach PostgreSQL at ${database} (${e.code}): is it running, and is DATABASE_URL right?`;
  }
  if (e?.code === 'SQLITE_CANTOPEN') return `Cannot open the SQLite file of DATABASE_URL (${database}): does its folder exist, and is it writable?`;
  if (e?.code === 'ENOSPC') return 'The disk is full: free space under DATA_DIR (or the database) and start again';
  if (e?.code === 'EACCES' || e?.code === 'EROFS') return `No permission to write ${(e as { path?: string }).path ?? 'a file the server needs'}: check DATA_DIR's owner and mode`;
  return null;
}
