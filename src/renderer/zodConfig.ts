import { config } from 'zod';

/**
 * zod compiles a fast parser per object schema through `new Function` unless told not to. The window's
 * Content-Security-Policy forbids eval, so that first attempt was refused, reported as a CSP violation and
 * caught by zod, which then used its plain parser anyway (the same checks, the same results). Imported first
 * by main.tsx: the switch is read when each schema is built, as the shared modules load.
 */
config({ jitless: true });
