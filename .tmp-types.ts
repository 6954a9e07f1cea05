import { readFileSync } from "node:fs";
import { readPageFile } from "./src/scrape/index.js";
import { schemaFromTypeText } from "./src/normalise/doc-types.js";
const config = JSON.parse(readFileSync("docs2client.config.json", "utf8"));
const counts = new Map<string, number>();
const walk = (fields: any[] | undefined) => { for (const f of fields ?? []) { counts.set(f.type, (counts.get(f.type) ?? 0) + 1); walk(f.children); } };
for (const api of config.apis) for (const s of api.sources) {
  const page = await readPageFile(s);
  for (const op of page.operations) {
    for (const p of op.parameters) counts.set(p.type, (counts.get(p.type) ?? 0) + 1);
    walk(op.body?.fields);
    for (const r of op.responses) walk(r.fields);
  }
}
for (const [t, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(n, JSON.stringify(t), JSON.stringify(schemaFromTypeText(t)));
