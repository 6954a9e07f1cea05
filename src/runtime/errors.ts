/** Every error the runtime throws for a non-2xx response. `name` is always the class name. */
export class ApiError extends Error {
  override name = "ApiError";
  readonly status: number;
  readonly method: string;
  readonly url: string;
  readonly body: unknown;

  constructor(init: { status: number; method: string; url: string; body: unknown }) {
    super(`${init.method} ${init.url} failed with HTTP ${init.status}`);
    this.status = init.status;
    this.method = init.method;
    this.url = init.url;
    this.body = init.body;
  }
}
