// Lets `node --import ./scripts/register-ts.mjs file.ts` run the demo and the bench written in TypeScript.
import { register } from 'tsx/esm/api';
register();
