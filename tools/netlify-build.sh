#!/usr/bin/env bash
# Netlify build: install the .NET 10 SDK if the image lacks it, then build the site.
set -euo pipefail
if ! command -v dotnet >/dev/null || ! dotnet --list-sdks | grep -q "^10\.0\.4"; then
  curl -sSL https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh
  bash /tmp/dotnet-install.sh --jsonfile global.json --install-dir "$HOME/.dotnet"
  export PATH="$HOME/.dotnet:$PATH"
fi
args=(build)
if [ "${PORTAL_USE_DEPLOY_URL:-}" = "1" ] && [ -n "${DEPLOY_PRIME_URL:-}" ]; then
  args+=(--base-url "$DEPLOY_PRIME_URL")
fi
dotnet run -c Release --project src/Portal.Cli -- "${args[@]}"
