// Decap CMS's local backend for `portal serve --cms`, reachable by the preview server's proxy and nothing else.
//
// decap-server's own entry point listens on a TCP port of 127.0.0.1, answers CORS requests from any local origin and
// never checks Host: any web page that finds the port (browsers can probe ports) and rebinds a host name to 127.0.0.1
// could read and write the repository without the proxy. So this script mounts decap-server's middlewares
// (decap-server/dist/middlewares) behind two locks instead:
// - it listens on a Unix domain socket (a named pipe on Windows) in a folder only this user can open, never on a TCP
//   port: a browser cannot reach a socket file, whatever a page does;
// - every request must carry the per-run secret that only the proxy was given (PORTAL_CMS_SECRET, in the environment,
//   which other users cannot read, and removed from it before git runs), and the proxy's fixed Host.
// The proxy checks Host, Origin, the content type and every path against the input folder before anything reaches here.
//
// Environment: PORTAL_CMS_SOCKET, PORTAL_CMS_SECRET, MODE (fs | git), GIT_REPO_DIRECTORY, LOG_LEVEL.
// Prints "ready" once listening; exits when its standard input closes, so it never outlives portal.
'use strict';

const crypto = require('node:crypto');
const express = require('express');
const { registerLocalFs, registerLocalGit } = require('decap-server/dist/middlewares');

const ProxyHost = 'portal-cms-backend';
const socket = process.env.PORTAL_CMS_SOCKET;
const secret = Buffer.from(process.env.PORTAL_CMS_SECRET || '', 'utf8');
delete process.env.PORTAL_CMS_SECRET;
if (!socket || secret.length < 32) {
  console.error('backend.js: PORTAL_CMS_SOCKET and a PORTAL_CMS_SECRET of at least 32 characters are required');
  process.exit(2);
}

function fromProxy(request) {
  const given = Buffer.from(request.get('x-portal-cms-secret') || '', 'utf8');
  return request.get('host') === ProxyHost && given.length === secret.length && crypto.timingSafeEqual(given, secret);
}

const app = express();
app.disable('x-powered-by');
app.use((request, response, next) => (fromProxy(request) ? next() : response.status(403).end()));

(async () => {
  const register = process.env.MODE === 'git' ? registerLocalGit : registerLocalFs;
  await register(app, { logLevel: process.env.LOG_LEVEL || 'warn' });
  app.listen(socket, () => console.log('ready'));
})().catch(error => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});

process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
