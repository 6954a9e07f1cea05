#!/usr/bin/python3
"""Validate OpenAPI documents against the official OpenAPI JSON Schema for their version.

Usage: /usr/bin/python3 scripts/validate-jsonschema.py <spec.json> [...]

An independent check of what our TypeScript tools write: it uses Debian's python3-jsonschema and
the schemas published with the OpenAPI specification, not the npm validators the pipeline uses.

Schemas are looked up in these directories (override with DOCS2CLIENT_SCHEMA_DIRS, colon-separated):
  /usr/share/openapi-specification/schemas   Debian package openapi-specification (v3.0/schema.json)
  node_modules/@stoplight/spectral-rulesets/dist/oas/schemas/oas
                                             the official 3.1 schema as shipped by Spectral
                                             (v3.1/index.json); Debian's openapi-specification
                                             3.1.0-1 ships no v3.1 schema.

Prints `ok <file>` or one line per error (`<file>: <JSON path>: <message>`).
Exit status: 0 all valid, 1 some invalid or unreadable, 2 a schema or python3-jsonschema missing.
"""

import json
import os
import sys
import warnings

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_DIRS = [
    "/usr/share/openapi-specification/schemas",
    os.path.join(REPO, "node_modules/@stoplight/spectral-rulesets/dist/oas/schemas/oas"),
]
# Per version: the file names a schema directory may use, and where the file comes from.
SCHEMAS = {
    "3.0": (["v3.0/schema.json"], "the Debian package openapi-specification (apt-get install openapi-specification)"),
    "3.1": (
        ["v3.1/schema.json", "v3.1/index.json"],
        "no Debian package (openapi-specification 3.1.0-1 ships only v3.0); "
        "the npm package @stoplight/spectral-rulesets (npm ci) ships v3.1/index.json",
    ),
}
MAX_ERRORS = 20


def fail_setup(message):
    print(f"validate-jsonschema: {message}", file=sys.stderr)
    sys.exit(2)


try:
    import jsonschema
except ImportError:
    fail_setup("python module jsonschema missing: it comes from the Debian package python3-jsonschema")


def schema_dirs():
    override = os.environ.get("DOCS2CLIENT_SCHEMA_DIRS")
    return override.split(":") if override else DEFAULT_DIRS


def find_schema(version):
    names, provider = SCHEMAS[version]
    for directory in schema_dirs():
        for name in names:
            path = os.path.join(directory, name)
            if os.path.isfile(path):
                return path, directory
    tried = ", ".join(os.path.join(d, n) for d in schema_dirs() for n in names)
    fail_setup(f"no OpenAPI {version} schema found (tried {tried}); it comes from {provider}")


def version_of(document):
    openapi = document.get("openapi") if isinstance(document, dict) else None
    if isinstance(openapi, str):
        for version in SCHEMAS:
            if openapi.startswith(version + "."):
                return version
    return None


class OfflineSchemaMissing(Exception):
    """A $ref names a schema that is neither preloaded nor bundled with jsonschema."""


def preload_schemas(root):
    """Every JSON file under root, by its $id: the 3.1 schema refers to its dialect and meta schemas
    (and Spectral's copy to its own 2020-12 meta schema) by URL, and this check stays offline."""
    store = {}
    for directory, _subdirs, files in sorted(os.walk(root)):
        for name in sorted(files):
            if not name.endswith(".json"):
                continue
            try:
                with open(os.path.join(directory, name), encoding="utf-8") as handle:
                    candidate = json.load(handle)
            except (OSError, ValueError):
                continue
            identifier = candidate.get("$id") or candidate.get("id") if isinstance(candidate, dict) else None
            if isinstance(identifier, str):
                store[identifier.rstrip("#")] = candidate
    return store


# The OAS 3.1 dialect, reduced to what the official schema.json (as opposed to schema-base.json)
# checks of a Schema Object: that it is an object or a boolean.
SHALLOW_DIALECT_31 = {"$id": "https://spec.openapis.org/oas/3.1/dialect/base", "type": ["object", "boolean"]}


def load_validator(schema_path, schema_dir, shallow_dialect=False):
    with open(schema_path, encoding="utf-8") as handle:
        schema = json.load(handle)
    # The parent of the search directory also holds Spectral's json-schema/ folder next to oas/.
    store = preload_schemas(os.path.dirname(os.path.abspath(schema_dir)))
    if shallow_dialect:
        store[SHALLOW_DIALECT_31["$id"]] = SHALLOW_DIALECT_31
    validator_class = jsonschema.validators.validator_for(schema)

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # RefResolver: the API Debian's 4.10 has

        class OfflineResolver(jsonschema.RefResolver):
            def resolve_remote(self, uri):
                raise OfflineSchemaMissing(f"{schema_path} refers to {uri}, which is not available offline")

        resolver = OfflineResolver.from_schema(schema, store=store)
        return validator_class(schema, resolver=resolver)


def json_path(error):
    path = "$"
    for part in error.absolute_path:
        path += f"[{part}]" if isinstance(part, int) else f".{part}" if str(part).isidentifier() else f"[{json.dumps(part)}]"
    return path


def describe(error):
    """oneOf/anyOf failures say little by themselves: follow the alternative that got furthest
    into the document (the deepest sub-error), which is nearly always the one that was meant."""
    while error.context:
        error = max(error.context, key=lambda e: (len(e.absolute_path), e.validator not in ("required", "oneOf", "anyOf")))
    return error


def validate_file(path, validators):
    try:
        with open(path, encoding="utf-8") as handle:
            document = json.load(handle)
    except (OSError, ValueError) as problem:
        print(f"{path}: cannot read JSON: {problem}")
        return False
    version = version_of(document)
    if version is None:
        print(f"{path}: $.openapi: not an OpenAPI 3.0.x or 3.1.x document")
        return False
    if version not in validators:
        validators[version] = load_validator(*find_schema(version))
    try:
        errors = sorted(validators[version].iter_errors(document), key=lambda e: list(map(str, e.absolute_path)))
    except jsonschema.exceptions.RefResolutionError as problem:
        if version != "3.1" or getattr(validators[version], "shallow", False):
            fail_setup(str(problem))
        # Older jsonschema (Debian's 4.10) cannot follow the 2020-12 meta-schema's $dynamicRef, so
        # Schema Objects inside the document are checked as the official schema.json checks them.
        print(f"validate-jsonschema: {problem}; checking 3.1 Schema Objects only as objects/booleans", file=sys.stderr)
        validators[version] = load_validator(*find_schema(version), shallow_dialect=True)
        validators[version].shallow = True
        return validate_file(path, validators)
    if not errors:
        print(f"ok {path}")
        return True
    for error in errors[:MAX_ERRORS]:
        shown = describe(error)
        message = shown.message if len(shown.message) <= 300 else shown.message[:297] + "..."
        print(f"{path}: {json_path(shown)}: {message}")
    if len(errors) > MAX_ERRORS:
        print(f"{path}: ... and {len(errors) - MAX_ERRORS} more errors")
    return False


def main(argv):
    if not argv:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    validators = {}
    results = [validate_file(path, validators) for path in argv]
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
