// scripts/write-framework-schema.ts — writes the published JSON Schema of the framework file format from the loader's own zod schema
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { frameworksDir } from '../src/adapters/frameworks/framework-files.js';
import { frameworkJsonSchema } from '../src/contracts/framework-file.js';

const path = join(frameworksDir, 'schema', 'framework.schema.json');
writeFileSync(path, `${JSON.stringify(frameworkJsonSchema(), null, 2)}\n`);
console.log(`wrote ${path}`);
