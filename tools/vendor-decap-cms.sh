#!/usr/bin/env bash
# Re-vendors Decap CMS's browser bundle (npm decap-cms, MIT) into src/Portal/Features/Editor/decap-cms/ from the npm
# tarball of the pinned version, after checking the tarball against the integrity npm publishes for it.
# Run from the repository root after changing VERSION and INTEGRITY (npm view decap-cms@<v> dist.integrity),
# then commit the folder. Why vendored and not installed at build time: docs/architecture.md, "Web editing".
set -euo pipefail
VERSION=3.16.3
INTEGRITY=sha512-hf+dPlCh7TJmWl8+6VRzHYOWhri5xgUknrZbDewaWe4s9B7xJ8PQugp2QHeSldMUKzav6+z0oIpwUYhUJDYtYw==
dest=src/Portal/Features/Editor/decap-cms

cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack "decap-cms@$VERSION" --silent >/dev/null)
tarball="$work/decap-cms-$VERSION.tgz"
actual="sha512-$(openssl dgst -sha512 -binary "$tarball" | base64 -w0)"
if [ "$actual" != "$INTEGRITY" ]; then
  echo "decap-cms@$VERSION: the tarball's integrity is $actual, not $INTEGRITY" >&2
  exit 1
fi
tar xzf "$tarball" -C "$work"

# The bundle is decap-cms.js and the chunks it loads on demand (<n>.decap-cms.js, two .wasm files), with the
# licences of what it bundles. dist/cms.js is the same build under another name, and the .map files are for
# debugging: neither is published.
find "$dest" -maxdepth 1 -type f \( -name '*.js' -o -name '*.wasm' -o -name '*.LICENSE.txt' \) -delete
cp "$work/package/dist/decap-cms.js" "$work/package/dist/decap-cms.js.LICENSE.txt" "$work/package/dist/"*.decap-cms.js "$work/package/dist/"*.wasm "$dest/"
(cd "$dest" && find . -maxdepth 1 -type f \( -name '*.js' -o -name '*.wasm' -o -name '*.LICENSE.txt' \) -printf '%f\n' | LC_ALL=C sort | xargs sha256sum > SHA256SUMS)
echo "vendored decap-cms@$VERSION into $dest ($(wc -l < "$dest/SHA256SUMS") files)"
