import { Packer, type Document } from 'docx';
// fflate's build without its Node worker shim, which only its async APIs use: loading it brings in worker_threads.
import { Zip, type ZipInputFile } from 'fflate/browser';
import { crc32, deflateRawSync } from 'node:zlib';

/**
 * A Word document as the bytes of its .docx zip. docx writes the parts (the
 * XML) and would zip them with fflate's DEFLATE, which runs in JavaScript and
 * was the largest single cost of a command-line export; here each part is
 * deflated by Node's zlib (native code) instead, and fflate only writes the zip
 * around it (its streaming zip, which follows each part with a data descriptor).
 * The parts are the very ones Packer would zip, in the same order.
 */

/** The level Packer's zip used (fflate's default); zlib's level 6 gives a file of about the same size. */
const DEFLATE_LEVEL = 6;
/** ZIP's method number for DEFLATE (APPNOTE 4.4.5). */
const DEFLATE = 8;

type PartData = string | Uint8Array | ArrayBuffer;

/** docx's own compiler, which Packer keeps private; docx is pinned to an exact version, and a test checks it is there. */
type PartCompiler = { compile(file: Document, prettify: undefined, overrides: readonly []): ReadonlyMap<string, PartData> };

export function docxCompiler(): PartCompiler | undefined {
  const compiler = (Packer as unknown as { compiler?: Partial<PartCompiler> }).compiler;
  return typeof compiler?.compile === 'function' ? (compiler as PartCompiler) : undefined;
}

/** A part's bytes as Packer takes them: text as UTF-8, binary data as it is. */
function bytesOf(data: PartData): Uint8Array {
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  return ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : new Uint8Array(data);
}

/** Zips the parts, each deflated and checksummed by zlib, in the order given. */
export function zipParts(parts: ReadonlyMap<string, PartData>): Uint8Array {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  let done = false;
  const zip = new Zip((error, chunk, final) => {
    if (error) failure = error;
    else chunks.push(chunk);
    if (final) done = true;
  });
  for (const [path, data] of parts) {
    const bytes = bytesOf(data);
    // fflate's stream input (ZipInputFile): the part's size and CRC-32 up front, then its deflated bytes in one chunk.
    const file: ZipInputFile = { filename: path, size: bytes.byteLength, crc: crc32(bytes), compression: DEFLATE };
    zip.add(file);
    file.ondata!(null, deflateRawSync(bytes, { level: DEFLATE_LEVEL }), true);
  }
  zip.end();
  // Every step above is synchronous, so the zip is whole (or has failed) by now.
  if (failure) throw failure;
  if (!done) throw new Error('The Word file was not finished.');
  return Buffer.concat(chunks);
}

/** The .docx bytes of a document; through Packer itself should a docx version ever hide its compiler. */
export async function packDocument(document: Document): Promise<Uint8Array> {
  const compiler = docxCompiler();
  if (!compiler) return new Uint8Array(await Packer.toBuffer(document));
  return zipParts(compiler.compile(document, undefined, []));
}
