import type { HttpMethod, MethodEvidence, SourceLocation } from "../../model/types.js";

/**
 * The docs show each operation's method in several places: the heading, the cURL line and five
 * generated code samples. The samples are not always right (a Go sample may say PUT on a DELETE),
 * so every reader records all of them and the normaliser (`src/normalise/method-evidence.ts`) decides.
 */

const METHODS: readonly HttpMethod[] = ["get", "post", "put", "patch", "delete", "head", "options"];

export function toHttpMethod(word: string): HttpMethod | undefined {
  const lower = word.toLowerCase();
  return (METHODS as readonly string[]).includes(lower) ? (lower as HttpMethod) : undefined;
}

/** One pattern per sample language; each yields the method word the sample sends. */
const SAMPLE_PATTERNS: readonly { from: string; pattern: RegExp }[] = [
  { from: "go", pattern: /http\.Method(Get|Post|Put|Patch|Delete|Head|Options)\b/ },
  { from: "ruby", pattern: /Net::HTTP::(Get|Post|Put|Patch|Delete|Head|Options)\.new/ },
  { from: "javascript", pattern: /\bmethod:\s*["'](GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)["']/i },
  { from: "python", pattern: /\brequests\.(get|post|put|patch|delete|head|options)\(/ },
  { from: "rust", pattern: /\bMethod::(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b/ },
];

/** The method a cURL command sends: `-X/--request M`, else POST when it carries data, else GET. */
export function methodFromCurl(command: string): HttpMethod | undefined {
  if (!/\bcurl\b/.test(command)) return undefined;
  const explicit = /(?:^|\s)(?:-X|--request)\s*['"]?([A-Za-z]+)/.exec(command);
  if (explicit?.[1]) return toHttpMethod(explicit[1]);
  if (/(?:^|\s)(?:-d|--data(?:-raw|-binary)?|--json)\b/.test(command)) return "post";
  return "get";
}

/** The first cURL command of a sample, its `\`-continued lines joined into one. */
export function curlCommand(sample: string): string | undefined {
  return /\bcurl\b[^\n]*/.exec(sample.replace(/\\\r?\n/g, " "))?.[0];
}

/**
 * Every method statement found in one code sample (or in a run of samples captured together).
 * `source` is where the sample starts; samples are short, so the line is precise enough.
 */
export function methodEvidenceFromSample(sample: string, source: SourceLocation): MethodEvidence[] {
  const found: MethodEvidence[] = [];
  const curlLine = curlCommand(sample);
  if (curlLine) {
    const method = methodFromCurl(curlLine);
    if (method) found.push({ from: "curl", method, source });
  }
  for (const { from, pattern } of SAMPLE_PATTERNS) {
    const match = pattern.exec(sample);
    const method = match?.[1] ? toHttpMethod(match[1]) : undefined;
    if (method) found.push({ from, method, source });
  }
  return found;
}
