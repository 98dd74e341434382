// Parses every service's AsyncAPI document with the reference parser (@asyncapi/parser, pinned in package.json)
// and fails on any error diagnostic. A consumer's document refers to a producer's schema by the URL the producer
// serves it at on the local stack (http://localhost:808x/events/schemas/...): here that URL is read from the
// producer's module in the repository, so the $refs resolve with no running stack, and any other remote $ref fails.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Parser } from '@asyncapi/parser';

const root = process.argv[2];
const services = { 8081: 'registry-service', 8082: 'congress-service', 8083: 'emulation-service', 8084: 'docs-service' };
const published = 'src/main/resources/META-INF/resources';

export function repositoryFile(uri) {
  const url = new URL(uri);
  const module = services[url.port];
  if (url.hostname !== 'localhost' || !module || !url.pathname.startsWith('/events/')) {
    throw new Error(`$ref to ${uri}: only a dangbo producer's /events/ document (http://localhost:8081-8084) resolves offline`);
  }
  return path.join(root, module, published, url.pathname);
}

const offline = (scheme) => ({
  schema: scheme,
  order: 1,
  canRead: true,
  read: async (uri) => readFile(repositoryFile(uri.toString()), 'utf8'),
});

const parser = new Parser({ __unstable: { resolver: { resolvers: [offline('http'), offline('https')] } } });
let failed = 0;
for (const module of Object.values(services)) {
  const file = path.join(root, module, published, 'events/asyncapi.yaml');
  const { document, diagnostics } = await parser.parse(await readFile(file, 'utf8'), { source: file });
  const errors = diagnostics.filter((d) => d.severity === 0);
  for (const d of diagnostics) {
    const where = d.path && d.path.length ? d.path.join('.') : '(document)';
    console.log(`${module}: ${['error', 'warning', 'info', 'hint'][d.severity]} ${d.code} at ${where}: ${d.message}`);
  }
  if (!document || errors.length) {
    failed++;
    console.log(`${module}: ${errors.length} error(s), the document does not parse`);
  } else {
    const messages = document.allMessages().length;
    const unresolved = JSON.stringify(document.json()).match(/"\$ref":"[^#][^"]*"/g) || [];
    if (unresolved.length) {
      failed++;
      console.log(`${module}: $refs left unresolved: ${unresolved.join(', ')}`);
    }
    console.log(`${module}: AsyncAPI ${document.version()}, ${messages} messages, every $ref resolved`);
  }
}
if (failed) {
  console.error(`${failed} AsyncAPI document(s) do not parse with @asyncapi/parser`);
  process.exit(1);
}
