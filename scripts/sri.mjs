// Prints the subresource-integrity hash (sha384) of every file a page loads
// from dist/, for clinics that pin the bundle: node scripts/sri.mjs [dist]
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

const dir = process.argv[2] ?? 'dist';
for (const name of (await readdir(dir)).sort()) {
  if (!/\.(js|wasm|css)$/.test(name)) continue;
  const digest = createHash('sha384').update(await readFile(join(dir, name))).digest('base64');
  console.log(`${name}  sha384-${digest}`);
}
