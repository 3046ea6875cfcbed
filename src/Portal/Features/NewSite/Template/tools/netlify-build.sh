#!/usr/bin/env bash
# Netlify build (netlify.toml): install the newest .NET 10 SDK if the image has none, restore the portal tool pinned in
# .config/dotnet-tools.json, and build the site (dotnet tool restore && dotnet portal build).
# Production gets PORTAL_BASE_URL from netlify.toml; deploy previews and branch deploys set
# PORTAL_USE_DEPLOY_URL (their own address) and PORTAL_PREVIEW (drafts and the preview banner).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v dotnet >/dev/null || ! dotnet --list-sdks | grep -q "^10\.0\."; then
  installer="${TMPDIR:-/tmp}/dotnet-install.sh"
  curl -sSL https://dot.net/v1/dotnet-install.sh -o "$installer"
  bash "$installer" --channel 10.0 --install-dir "$HOME/.dotnet"
  export PATH="$HOME/.dotnet:$PATH"
fi
# Pages show their last change from git history: a shallow clone would date every page to the newest commit.
if [ "$(git rev-parse --is-shallow-repository 2>/dev/null)" = "true" ]; then
  git fetch --unshallow --quiet || echo "netlify-build: could not fetch the full git history; page dates may be too late" >&2
fi
args=(build)
if [ "${PORTAL_USE_DEPLOY_URL:-}" = "1" ] && [ -n "${DEPLOY_PRIME_URL:-}" ]; then
  args+=(--base-url "$DEPLOY_PRIME_URL")
fi
if [ "${PORTAL_PREVIEW:-}" = "1" ]; then
  args+=(--drafts --preview)
fi
dotnet tool restore
dotnet portal "${args[@]}"
