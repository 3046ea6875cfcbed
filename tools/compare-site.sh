#!/usr/bin/env bash
# Builds the real site (input/, and each side's own theme/) at a git commit and at the working tree, and compares
# every file byte for byte. A refactoring that must not change what readers see passes this:
#   tools/compare-site.sh 6334ded
set -euo pipefail
base=${1:?usage: tools/compare-site.sh <git-ref>}
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'git -C "$repo" worktree remove --force "$work/base" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

git -C "$repo" worktree add --detach "$work/base" "$base" >/dev/null 2>&1
for side in base head; do
  tree=$([ "$side" = base ] && echo "$work/base" || echo "$repo")
  if ! (cd "$tree" && dotnet run -c Release --project src/Portal.Cli -- build --input "$repo/input" --theme "$tree/theme" --output "$work/$side-site" >"$work/$side.log" 2>&1); then
    cat "$work/$side.log" >&2
    echo "the build at $side failed" >&2
    exit 1
  fi
done

# The marker that lets the next build replace the folder (OutputFolder) is no part of the published site.
if diff -r -x .portal-output "$work/base-site" "$work/head-site"; then
  echo "same: $(find "$work/head-site" -type f | wc -l) files are byte-identical at $base and in the working tree"
else
  echo "different: the site built at $base and the one built from the working tree differ (above)" >&2
  exit 1
fi
