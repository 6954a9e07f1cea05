#!/usr/bin/env bash
# Installs the Debian packages the spec validators need, when they are missing:
# python3-jsonschema and openapi-specification (the official OpenAPI JSON Schemas),
# used by scripts/validate-jsonschema.py through /usr/bin/python3.
set -euo pipefail
need=()
/usr/bin/python3 -c 'import jsonschema' 2>/dev/null || need+=(python3-jsonschema)
dpkg -s openapi-specification >/dev/null 2>&1 || need+=(openapi-specification)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "install-ci-deps: need root to install ${need[*]}; skipping (those validator tests will say so)" >&2
    exit 0
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
