#!/usr/bin/env node
// The installed `formapro` bin: runs the TypeScript entry in this process through tsx (no build step).
import { register } from 'tsx/esm/api';

register();
await import(new URL('../src/main.ts', import.meta.url).href);
