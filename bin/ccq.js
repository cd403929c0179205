#!/usr/bin/env node
// bin/ccq.js — launches the ccq CLI from its TypeScript source (tsx compiles on the fly, so no build step is needed)
import { register } from 'tsx/esm/api';

register();
await import('../src/main/cli.ts');
