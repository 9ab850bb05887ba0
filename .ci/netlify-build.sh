#!/usr/bin/env bash
# Netlify's build command (see netlify.toml): makes sure a .NET 10 SDK is there, then runs the README's build.
#
# Netlify's build image may carry no .NET SDK, or an older one. Microsoft's dotnet-install script then puts the
# SDK that global.json asks for into a folder that Netlify keeps between builds ($NETLIFY_CACHE_DIR), so only the
# first build (or the first after "Clear cache and deploy") downloads it. NuGet packages are kept there too.
# Run outside Netlify, the script installs into $HOME/.dotnet when no .NET 10 SDK is on the PATH.
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

cache="${NETLIFY_CACHE_DIR:-$HOME}"
sdk_dir="${DOTNET_INSTALL_DIR:-$cache/.dotnet}"
export NUGET_PACKAGES="${NUGET_PACKAGES:-$cache/.nuget/packages}"

has_sdk_10() {
  command -v "$1" >/dev/null 2>&1 && "$1" --list-sdks 2>/dev/null | grep -q '^10\.'
}

if has_sdk_10 dotnet; then
  echo "Using the .NET SDK on the PATH: $(dotnet --version)"
elif has_sdk_10 "$sdk_dir/dotnet"; then
  echo "Using the cached .NET SDK in $sdk_dir"
else
  echo "Installing the .NET 10 SDK into $sdk_dir"
  installer="$(mktemp)"
  curl -sSfL --retry 3 https://dot.net/v1/dotnet-install.sh -o "$installer"
  # --channel 10.0: the newest 10.0 SDK, which global.json accepts (rollForward: latestFeature).
  bash "$installer" --channel 10.0 --install-dir "$sdk_dir" --no-path
  rm -f "$installer"
fi

if ! has_sdk_10 dotnet; then
  export DOTNET_ROOT="$sdk_dir"
  export PATH="$sdk_dir:$PATH"
fi

# Deploy previews and branch deploys live at their own address: give the build that address so canonical links,
# feeds and the sitemap point to the preview. Production builds use the baseUrl of input/site.yml.
base_url_args=()
if [[ "${CONTEXT:-production}" != "production" && -n "${DEPLOY_PRIME_URL:-}" ]]; then
  base_url_args=(--base-url "${DEPLOY_PRIME_URL%/}/")
fi

# On Netlify, the build cache (rendered articles, README "Build cache") lives in the folder Netlify keeps between
# builds, so that only new or edited articles are rendered again.
cache_args=()
if [[ -n "${NETLIFY_CACHE_DIR:-}" ]]; then
  cache_args=(--cache "$NETLIFY_CACHE_DIR/.site-cache")
fi

# Pagefind, at the version package-lock.json pins (Netlify's image has Node): the build indexes the site with it, and
# --require-search makes a deployment fail rather than publish a site without its search.
npm ci --no-audit --no-fund

dotnet run --project src/Site.Cli -c Release -- build --require-search "${base_url_args[@]}" "${cache_args[@]}" "$@"
