import { config } from 'zod';

/**
 * zod compiles a fast parser per object schema (JIT, through new Function) the
 * first time it parses one. A command-line export parses one file and exits, so
 * that compiling cost more than it saved: about 10 ms of a 250 ms export (zod's
 * plain parser checks the same schemas, with the same results). Imported first
 * by main.ts, as the switch is read when each schema is built.
 */
config({ jitless: true });
