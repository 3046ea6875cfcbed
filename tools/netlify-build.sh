#!/usr/bin/env bash
# Netlify build: install the .NET 10 SDK if the image lacks it, then build the site.
set -euo pipefail
if ! command -v dotnet >/dev/null || ! dotnet --list-sdks | grep -q "^10\.0\.4"; then
  curl -sSL https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh
  bash /tmp/dotnet-install.sh --jsonfile global.json --install-dir "$HOME/.dotnet"
  export PATH="$HOME/.dotnet:$PATH"
fi
# Pages show their last change from git history (docs/architecture.md): a shallow clone would date
# every page to the newest commit, so fetch the rest of the history first.
if [ "$(git rev-parse --is-shallow-repository 2>/dev/null)" = "true" ]; then
  git fetch --unshallow --quiet || echo "netlify-build: could not fetch the full git history; page dates may be too late" >&2
fi
args=(build)
if [ "${PORTAL_USE_DEPLOY_URL:-}" = "1" ] && [ -n "${DEPLOY_PRIME_URL:-}" ]; then
  args+=(--base-url "$DEPLOY_PRIME_URL")
fi
dotnet run -c Release --project src/Portal.Cli -- "${args[@]}"
