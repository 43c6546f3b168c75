#!/usr/bin/env bash
# The Python environment of the docking example (docs/exchange/example): a venv under .infra
# with the pinned requirements, made once and remade when requirements.txt changes. Prints the
# path of its python.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
requirements="$root/docs/exchange/example/requirements.txt"
venv="$root/.infra/docking-python"
stamp="$venv/.requirements.sha256"
want="$(sha256sum "$requirements" | cut -d' ' -f1)"
if [[ ! -x "$venv/bin/python" || "$(cat "$stamp" 2>/dev/null)" != "$want" ]]; then
  rm -rf "$venv"
  python3 -m venv "$venv" >&2
  "$venv/bin/pip" install --quiet --disable-pip-version-check -r "$requirements" >&2
  echo "$want" >"$stamp"
fi
echo "$venv/bin/python"
