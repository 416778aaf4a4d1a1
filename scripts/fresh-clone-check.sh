#!/usr/bin/env bash
# Opt-in check (npm run check:fresh-clone, a few minutes): clones the committed HEAD into an empty
# temporary folder, with nothing beside it, and runs the README's quick-start commands there, as a
# new user on a fresh machine would. Uncommitted changes are not part of the clone.
set -euo pipefail
repo="$(git -C "$(dirname "$0")/.." rev-parse --show-toplevel)"
head="$(git -C "$repo" rev-parse HEAD)"
work="$(mktemp -d "${TMPDIR:-/tmp}/secpolicy-fresh-clone.XXXXXX")"
trap 'rm -rf "$work"' EXIT

git clone --quiet --no-hardlinks "$repo" "$work/clone"
cd "$work/clone"
git checkout --quiet --detach "$head"
if [ "$(ls -A "$work")" != "clone" ]; then
  echo "fresh-clone-check: the temporary folder holds more than the clone" >&2
  exit 1
fi

echo "fresh-clone-check: $head in $work/clone"
npm ci --no-audit --no-fund
npm start
npm test
echo "fresh-clone-check: passed"
