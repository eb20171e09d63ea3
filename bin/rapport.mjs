#!/usr/bin/env node
// `npx rapport …`: runs the TypeScript command line (scripts/rapport.ts) through tsx's loader.
import { register } from 'tsx/esm/api';

register();
await import('../scripts/rapport.ts');
