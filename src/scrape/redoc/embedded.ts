import { DocsInputError } from "../../model/errors.js";
import type { DocPage } from "../../model/types.js";
import { findAssignedJson } from "../common/embedded-json.js";
import { REDOC_DEFINITION, REDOC_STATE } from "./detect.js";

/**
 * The spec a Redoc page embeds: Redoc 2's `__redoc_state.spec.data`, or Redoc 3's
 * `__redoc_definition`. Both are the spec as Redoc loaded it (a Swagger 2 input already converted
 * to OpenAPI 3). A state without a spec object is bad input, reported at its line.
 */
export function redocEmbeddedSpec(text: string, file: string): DocPage["embeddedSpec"] {
  const definition = findAssignedJson(text, REDOC_DEFINITION, file);
  if (definition)
    return {
      document: specObject(definition.value, REDOC_DEFINITION, file, definition.line),
      generator: "redoc",
      source: { file, line: definition.line },
    };
  const state = findAssignedJson(text, REDOC_STATE, file);
  if (!state) return undefined;
  const spec = isRecord(state.value) && isRecord(state.value.spec) ? state.value.spec.data : undefined;
  return {
    document: specObject(spec, `${REDOC_STATE}.spec.data`, file, state.line),
    generator: "redoc",
    source: { file, line: state.line },
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function specObject(value: unknown, where: string, file: string, line: number): Record<string, unknown> {
  if (!isRecord(value) || (typeof value.openapi !== "string" && typeof value.swagger !== "string")) {
    throw DocsInputError.at({ file, line }, `${where} holds no OpenAPI or Swagger document`, "embedded-spec-invalid");
  }
  return value;
}
