import { renderApiReference } from '@scalar/server-side-rendering'
import { readFileSync } from 'node:fs'
const spec = JSON.parse(readFileSync(process.argv[2], 'utf8'))
const html = await renderApiReference({ config: { content: spec }, css: '' })
process.stdout.write(html)
