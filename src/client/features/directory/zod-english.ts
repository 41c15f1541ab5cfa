import { config } from 'zod/mini';
import { en } from 'zod/locales';

/**
 * The shared schemas use zod/mini, which ships no messages, so the tablet's first load stays small.
 * These admin forms show zod's messages next to a field (e.g. "Too big: expected string to have
 * <=200 characters"), so this lazy page loads zod's English ones.
 */
config(en());
