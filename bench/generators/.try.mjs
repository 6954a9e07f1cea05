import { createMarkdownFromOpenApi } from '@scalar/openapi-to-markdown'
import { readFileSync } from 'node:fs'
const spec = JSON.parse(readFileSync(process.argv[2], 'utf8'))
const md = await createMarkdownFromOpenApi(spec)
process.stdout.write(md)
