import { readPageFile } from "./src/scrape/index.js";
const [file, needle] = process.argv.slice(2);
const page = await readPageFile(file!);
for (const op of page.operations) if (op.url.includes(needle!)) console.log(JSON.stringify({ ...op, methodEvidence: undefined, responses: op.responses.map(r => ({...r, fields: r.fields?.map(f => f.name + ":" + f.type)})), body: op.body && {fields: op.body.fields.map(f=>f.name+":"+f.type+": "+f.description.slice(0,80))} }, null, 1).slice(0, 3000));
