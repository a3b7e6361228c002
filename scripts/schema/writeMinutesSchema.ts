// Regenerates schema/minutes.schema.json from the zod schemas: node scripts/run-ts.mjs scripts/schema/writeMinutesSchema.ts
import { writeFileSync } from 'node:fs';
import { minutesJsonSchemaText } from '../../src/shared/meeting/jsonSchema';

writeFileSync('schema/minutes.schema.json', minutesJsonSchemaText());
console.log('Wrote schema/minutes.schema.json');
