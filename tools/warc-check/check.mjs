// Reads every record of every WARC file given (files or directories) with warcio.js, recomputes the
// payload digest of each response record and the block digest where declared, and prints a JSON
// summary. Exits 1 on any unreadable record or digest mismatch. Independent of civcred's Java code.
import { createReadStream, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { WARCParser } from 'warcio';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function base32(bytes) {
  let bits = 0, value = 0, out = '';
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}

function sha1(bytes) {
  return 'sha1:' + base32(createHash('sha1').update(bytes).digest());
}

function warcFiles(paths) {
  const files = [];
  for (const p of paths) {
    if (statSync(p).isDirectory()) {
      for (const name of readdirSync(p).sort()) {
        const full = join(p, name);
        if (statSync(full).isDirectory()) files.push(...warcFiles([full]));
        else if (/\.warc(\.gz)?$/.test(name)) files.push(full);
      }
    } else {
      files.push(p);
    }
  }
  return files;
}

const summary = { files: 0, records: 0, types: {}, responses: 0, digestsChecked: 0, errors: [] };
for (const file of warcFiles(process.argv.slice(2))) {
  summary.files++;
  try {
    const parser = new WARCParser(createReadStream(file));
    for await (const record of parser) {
      summary.records++;
      const type = record.warcType;
      summary.types[type] = (summary.types[type] || 0) + 1;
      const id = record.warcHeaders.headers.get('WARC-Record-ID');
      if (type === 'response') {
        summary.responses++;
        const declared = record.warcHeaders.headers.get('WARC-Payload-Digest');
        const payload = await record.readFully(false);
        if (declared) {
          summary.digestsChecked++;
          const actual = sha1(payload);
          if (actual.toUpperCase() !== declared.toUpperCase()) {
            summary.errors.push(`${file} ${id}: payload digest ${declared} but content hashes to ${actual}`);
          }
        }
      } else {
        await record.readFully(false);
      }
    }
  } catch (e) {
    summary.errors.push(`${file}: ${e.message}`);
  }
}
console.log(JSON.stringify(summary, null, 2));
if (summary.files === 0) {
  console.error('no WARC files found under ' + process.argv.slice(2).join(' '));
  process.exit(1);
}
process.exit(summary.errors.length === 0 ? 0 : 1);
