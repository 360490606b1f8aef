/**
 * Prints (or writes with --out) the Slack app manifest generated from `commands/`:
 *
 *   npm run slack:manifest -- --url https://briefbot.example.org   # HTTP: request URLs
 *   npm run slack:manifest -- --socket --out slack-manifest.yaml   # Socket Mode
 *
 * Paste it at https://api.slack.com/apps → Create New App → From a manifest.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { COMMANDS } from '../commands/index.ts';
import { buildSlackManifest, type ManifestTransport } from '../src/adapters/slack/manifest.ts';
import { loadConfigFromProcess } from '../src/config.ts';

const USAGE =
  'usage: npm run slack:manifest -- (--url https://your.host | --socket) [--prefix brief-] [--out file.yaml]';

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    socket: { type: 'boolean', default: false },
    prefix: { type: 'string' },
    out: { type: 'string' },
  },
});

const config = loadConfigFromProcess();
let transport: ManifestTransport;
if (values.url !== undefined) {
  if (values.socket) fail('Choose one of --url (HTTP) and --socket (Socket Mode).');
  if (!/^https:\/\/[^\s/]+/.test(values.url))
    fail(`--url must be a public https:// URL (got "${values.url}").`);
  transport = { kind: 'http', baseUrl: values.url };
} else if (values.socket || config.slack?.appToken) {
  transport = { kind: 'socket' };
} else {
  fail('Pass --url for HTTP, or --socket for Socket Mode.');
}
const commandPrefix = values.prefix ?? config.slack?.commandPrefix ?? '';
let manifest: ReturnType<typeof buildSlackManifest>;
try {
  manifest = buildSlackManifest(COMMANDS, { commandPrefix, transport });
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}

const yaml = stringify(manifest);
if (values.out) {
  writeFileSync(values.out, yaml);
  process.stderr.write(`Wrote ${values.out}\n`);
} else {
  process.stdout.write(yaml);
}
