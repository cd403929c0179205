// scripts/validate-framework.ts — validates framework files and prints every problem as file:line:column (used while authoring)
import { readFrameworkFile } from '../src/adapters/frameworks/framework-files.js';
import { formatProblem } from '../src/domain/conformity/validation-report.js';

let bad = 0;
for (const path of process.argv.slice(2)) {
  const r = readFrameworkFile(path);
  for (const p of r.problems) console.log(formatProblem(p));
  if (r.framework) console.log(`${path}: valid — ${r.framework.nodes.length} nodes, ${r.framework.nodes.filter((n) => n.assessable).length} requirements`);
  else bad++;
}
process.exitCode = bad > 0 ? 1 : 0;
