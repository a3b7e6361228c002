// The slice of Papa Parse that src/shared uses, declared here on purpose. Importing the
// package by its name would load @types/papaparse, which references the Node types and so
// would silently make Node globals (Buffer, process …) type-check everywhere in src/shared,
// defeating the "pure TypeScript" check of `tsc -p src/shared`.
declare module 'papaparse/papaparse.js' {
  export interface PapaParseError {
    type: string;
    code: string;
    message: string;
    row?: number;
  }

  export interface PapaParseResult {
    data: string[][];
    errors: PapaParseError[];
  }

  export interface PapaParseConfig {
    delimiter?: string;
    newline?: string;
    quoteChar?: string;
    skipEmptyLines?: boolean | 'greedy';
  }

  const Papa: {
    parse(input: string, config: PapaParseConfig): PapaParseResult;
  };
  export default Papa;
}
