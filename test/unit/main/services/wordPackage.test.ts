import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Packer } from 'docx';
import { unzipSync } from 'fflate';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { parseMeetingFile } from '../../../../src/shared/meeting/fileFormat';
import { buildReport, buildReportDocument } from '../../../../src/shared/report';
import { docxCompiler, packDocument, zipParts } from '../../../../src/main/services/wordPackage';

const reportDocument = () => {
  const parsed = parseMeetingFile(readFileSync(resolve(__dirname, '../../../fixtures/wg-strategy-60.minutes'), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return buildReportDocument(buildReport(parsed.meeting), { author: 'Secretariat' });
};

/** Each file of a zip, in the zip's order, as text. */
async function partsOf(bytes: Uint8Array): Promise<Array<[string, string]>> {
  const zip = await JSZip.loadAsync(bytes);
  const files = Object.values(zip.files).filter((file) => !file.dir);
  return Promise.all(files.map(async (file): Promise<[string, string]> => [file.name, await file.async('string')]));
}

/** The compression method of each file (8 is DEFLATE), read from the zip's central directory. */
function methodsOf(bytes: Uint8Array): number[] {
  const methods: number[] = [];
  unzipSync(bytes, { filter: (file) => (methods.push(file.compression), false) });
  return methods;
}

describe('packDocument', () => {
  it('finds docx’s compiler, so Word files are deflated by zlib rather than in JavaScript', () => {
    expect(docxCompiler()).toBeDefined();
  });

  it('zips exactly the parts Packer zips, in its order and with the same content', async () => {
    const document = reportDocument();
    const ours = await partsOf(await packDocument(document));
    const packers = await partsOf(await Packer.toBuffer(document));
    expect(ours.map(([name]) => name)).toEqual(packers.map(([name]) => name));
    expect(ours.map(([name]) => name)).toEqual(expect.arrayContaining(['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml', 'word/numbering.xml', 'docProps/core.xml']));
    expect(ours).toEqual(packers);
    expect(ours.find(([name]) => name === 'word/document.xml')![1]).toContain('Jim Prendergast observed that');
  });

  it('deflates every part, to a file about the size Packer makes', async () => {
    const document = reportDocument();
    const ours = await packDocument(document);
    const packers = await Packer.toBuffer(document);
    expect(methodsOf(ours).length).toBeGreaterThan(5);
    expect(new Set(methodsOf(ours))).toEqual(new Set([8]));
    expect(ours.byteLength).toBeLessThan(packers.byteLength * 1.1);
  });
});

describe('zipParts', () => {
  it('keeps text as UTF-8 and binary parts byte for byte, empty ones too', async () => {
    const binary = Uint8Array.from({ length: 70_000 }, (_, index) => (index * 7919) % 251);
    const zipped = zipParts(new Map<string, string | Uint8Array | ArrayBuffer>([
      ['a.xml', '<a>Kleinwächter — مجموعة 😀</a>'],
      ['media/b.bin', binary],
      ['c.bin', binary.buffer.slice(0, 10)],
      ['empty.xml', ''],
    ]));
    const files = unzipSync(zipped);
    expect(Object.keys(files)).toEqual(['a.xml', 'media/b.bin', 'c.bin', 'empty.xml']);
    expect(new TextDecoder().decode(files['a.xml'])).toBe('<a>Kleinwächter — مجموعة 😀</a>');
    expect(files['media/b.bin']).toEqual(binary);
    expect(files['c.bin']).toEqual(binary.subarray(0, 10));
    expect(files['empty.xml']).toEqual(new Uint8Array());
    // JSZip, which checks each file's CRC-32, reads it too.
    expect(Object.keys((await JSZip.loadAsync(zipped, { checkCRC32: true })).files)).toHaveLength(4);
  });
});
