/**
 * The neutral docs model: what every reader (one per docs dialect) produces and what the
 * normaliser consumes. It records what the page *says*, as close to the text as possible;
 * interpretation (types, enums, schema names, paths relative to the server) belongs to the
 * normaliser. Every element keeps the file and line it came from so that later stages can
 * report problems and write `x-source` provenance.
 */

/** Where an element was found: a path (as given to the reader) and a 1-based line. */
export interface SourceLocation {
  file: string;
  line: number;
}

export type HttpMethod = "get" | "post" | "put" | "patch" | "delete" | "head" | "options";

/** One piece of evidence for an operation's HTTP method (heading, cURL line, a code sample…). */
export interface MethodEvidence {
  /** Where the method was read: "heading", "method-block", "curl", "go", "ruby", "javascript", "python", "rust". */
  from: string;
  method: HttpMethod;
  source: SourceLocation;
}

/**
 * A credential as a page shows it being sent, verbatim: the `-u <email>:<password>` of a cURL
 * sample, an `Authorization: Bearer <token>` header line. The reader records the text; the
 * normaliser decides which security scheme it is evidence of (`src/normalise/security.ts`).
 */
export interface AuthEvidence {
  /** Where it was read: "curl" (a sample's `-u`/`--user`/`-H` argument), "header" (a headers-table row), "prose". */
  from: string;
  /** The credential text as written ("-u <email>:<password>", "-H 'Authorization: Bearer $TOKEN'"). */
  text: string;
  source: SourceLocation;
}

/**
 * A row of a fields table (body or response), or a field recovered from a JSON example.
 * `type` is the documented type text verbatim ("integer", "Array of object", "object", "string"…).
 */
export interface DocField {
  name: string;
  type: string;
  description: string;
  /** Present only when the docs say so (a `Required` column, or a reader-level fact). */
  required?: boolean;
  /**
   * A nested table titled by this field's name: the properties of the object, or of the objects
   * of the array when `type` is "Array of object". Nested tables nest further.
   */
  children?: DocField[];
  /** The values the docs list for it (a values table: widdershins' "Enumerated Values"), as written. */
  enum?: string[];
  /** The row describes the whole body or response, not a field of it (a nameless root row). */
  whole?: boolean;
  source: SourceLocation;
}

export type ParameterLocation = "path" | "query" | "header" | "cookie";

export interface DocParameter {
  name: string;
  in: ParameterLocation;
  type: string;
  required: boolean;
  description: string;
  /** The values the docs list for it (a values table), as written. */
  enum?: string[];
  source: SourceLocation;
}

/** A request body: a fields table and/or a JSON example (either may be absent). */
export interface DocBody {
  fields: DocField[];
  /** A sentence the page gives for the body as a whole, when it gives one. */
  description?: string;
  /**
   * The documented type of the body as a whole, when a row gives it (widdershins' `body | body |
   * [Pet]`): `fields` are then the fields of that type (of its items, for an array).
   */
  type?: string;
  /** A JSON example given on the page, parsed (clients-v1 style). */
  example?: unknown;
  source: SourceLocation;
}

/** One documented response status with whatever the page shows for it. */
export interface DocResponse {
  /** "200", "400", … as written on the page. */
  status: string;
  /** A sentence shown for the status ("Forbidden", "Successful operation."), or "". */
  description: string;
  /** A fields table, when the page has one. */
  fields?: DocField[];
  /** A list of documented error messages ("Possible error messages: - …"). */
  messages?: string[];
  /** A JSON example of the response body, parsed. */
  example?: unknown;
  source: SourceLocation;
}

export interface DocOperation {
  /**
   * The URL or path exactly as documented, e.g.
   * "https://api.track.toggl.com/api/v9/workspaces/{workspace_id}/clients" or
   * "/v1/workspace/:workspaceId/clients/:clientId". The normaliser derives the OpenAPI path.
   */
  url: string;
  /** The operation's title as written, without the method word ("List clients"). */
  title: string;
  description: string;
  /** The docs section (page title, e.g. "Clients"): becomes the OpenAPI tag. */
  section: string;
  /**
   * Every place the page states the method (heading, method line, cURL, code samples), never
   * empty: the normaliser decides the method from it and reports disagreements.
   */
  methodEvidence: MethodEvidence[];
  parameters: DocParameter[];
  body?: DocBody;
  responses: DocResponse[];
  /** Permissions the docs say the caller needs (clients-v1 "Required Permissions"). */
  requiredPermissions?: string[];
  /** Authentication as described on the page, verbatim ("Required - JWT token in Authorization header"). */
  authentication?: string;
  /** How the operation's samples send credentials (cURL `-u`, an Authorization header); absent when they show none. */
  authEvidence?: AuthEvidence[];
  /** The page anchor of this operation, e.g. "get-list-clients", for links back to the docs. */
  anchor?: string;
  source: SourceLocation;
}

export type Severity = "error" | "warning" | "info";

/** A problem or a notable repair found while reading a page. */
export interface Diagnostic {
  severity: Severity;
  /** A short stable code, e.g. "unknown-type", "row-name-missing", "method-conflict". */
  code: string;
  message: string;
  source: SourceLocation;
}

/**
 * A response header a page defines in prose, API-wide (a getting-started page's
 * "`X-Toggl-Quota-Remaining`: how many requests you have left in the current window").
 */
export interface DocResponseHeader {
  name: string;
  description: string;
  source: SourceLocation;
}

/**
 * An event payload a page shows as a JSON example, introduced by a sentence that names the event
 * ("That we received this PING event:"): what a webhook delivers, not an operation's body.
 */
export interface DocEventExample {
  /** The event's name as the page writes it ("PING"). */
  name: string;
  /** The sentence that introduces the example. */
  description: string;
  /** The JSON example, parsed. */
  example: unknown;
  source: SourceLocation;
}

/** What a reader returns for one page. */
export interface DocPage {
  file: string;
  /** The reader that produced it ("toggl-text", "toggl-html", "clients-v1"). */
  dialect: string;
  /** The page title / section name ("Clients"); "" when the capture has none. */
  title: string;
  operations: DocOperation[];
  /** Response headers the page defines in prose (getting-started pages); absent when none. */
  responseHeaders?: DocResponseHeader[];
  /** Webhook event payloads the page shows as JSON examples (getting-started guides); absent when none. */
  eventExamples?: DocEventExample[];
  /**
   * The spec a generated page carries (Redoc's embedded state, Scalar's configuration,
   * docusaurus-plugin-openapi-docs' front matter), parsed, with where it was found and which
   * generator wrote the page. The normaliser takes the API from it exactly and reports where the
   * visible operations disagree; absent for hand-written pages.
   */
  embeddedSpec?: { document: Record<string, unknown>; generator: string; source: SourceLocation };
  /** Credentials shown outside any operation (a getting-started page's cURL sample); absent when none. */
  authEvidence?: AuthEvidence[];
  /** Repairs made and oddities seen; errors that made an element unreadable are thrown instead. */
  diagnostics: Diagnostic[];
}

/** One reader per docs dialect, chosen automatically per file. */
export interface DocsReader {
  dialect: string;
  /** True when this reader recognises the page. `file` is only for messages and extensions. */
  detect(text: string, file: string): boolean;
  read(text: string, file: string): DocPage;
}
