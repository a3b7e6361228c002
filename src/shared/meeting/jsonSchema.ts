import { z } from 'zod';
import { envelopeDescriptionSchema, FORMAT_VERSION } from './fileFormat';

/**
 * The published JSON Schema of a .minutes file, generated from the same zod
 * schemas that describe every load (the notes' hand-written check is held to
 * them by test/unit/shared/meeting/notesCheck.property.test.ts), so the two cannot disagree.
 */
export function minutesJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(envelopeDescriptionSchema, { target: 'draft-2020-12', io: 'input', cycles: 'ref', reused: 'inline', unrepresentable: 'any' });
  return {
    ...generated,
    $id: `https://rapporteur.invalid/schema/minutes-v${FORMAT_VERSION}.schema.json`,
    title: `Rapporteur meeting file (.minutes), format ${FORMAT_VERSION}`,
    description: 'UTF-8 JSON. The notes are Lexical editor state; agenda-heading, speaker-mention, action-marker and decision-marker are the app\'s own node types. See docs/file-format.md.',
  };
}

export function minutesJsonSchemaText(): string {
  return `${JSON.stringify(minutesJsonSchema(), null, 2)}\n`;
}
