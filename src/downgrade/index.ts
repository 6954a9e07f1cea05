/** OpenAPI 3.1 → 3.0.3 twin, for client generators that do not read 3.1 yet. */
export { toOpenApi30 } from "./to-openapi30.js";
export { downgradeSchema } from "./schema.js";
