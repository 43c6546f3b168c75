#!/usr/bin/env bash
# A Python venv per pinned requirements file: `scripts/python-env.sh <requirements.txt>` makes
# (once, and again whenever the file changes) a venv under .infra/python/ holding exactly those
# requirements, and prints the path of its python. Used by the docking example
# (docs/exchange/example) and the API fuzzer (tools/fuzzing).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
if [[ $# -ne 1 || ! -f "$1" ]]; then
  echo "usage: $0 <requirements file>" >&2
  exit 2
fi
requirements="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
# One venv per requirements file, named after its place in the tree (docs/exchange/example/
# requirements.txt → .infra/python/docs-exchange-example-requirements).
relative="${requirements#"$root"/}"
name="$(echo "${relative%.txt}" | tr '/.' '--')"
venv="$root/.infra/python/$name"
stamp="$venv/.requirements.sha256"
want="$(sha256sum "$requirements" | cut -d' ' -f1)"
if [[ ! -x "$venv/bin/python" || "$(cat "$stamp" 2>/dev/null)" != "$want" ]]; then
  rm -rf "$venv"
  mkdir -p "$(dirname "$venv")"
  python3 -m venv "$venv" >&2
  "$venv/bin/pip" install --quiet --disable-pip-version-check -r "$requirements" >&2
  echo "$want" >"$stamp"
fi
echo "$venv/bin/python"
