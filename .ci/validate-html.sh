#!/usr/bin/env bash
# Validates every HTML page of a built site with the Nu HTML checker (the W3C's validator, npm package vnu-jar,
# run with Java). Usage: bash .ci/validate-html.sh [folder]   (default: output/). Exit 1 when a page has an error.
# The checker is installed by .ci/run: npm ci --ignore-scripts --prefix tests/Site.EndToEnd.Tests
set -euo pipefail
cd "$(dirname "$0")/.."

folder="${1:-output}"
jar="tests/Site.EndToEnd.Tests/node_modules/vnu-jar/build/dist/vnu.jar"

if [ ! -f "$jar" ]; then
  echo "error: $jar is missing: run 'npm ci --ignore-scripts --prefix tests/Site.EndToEnd.Tests' first" >&2
  exit 2
fi
if [ ! -d "$folder" ]; then
  echo "error: $folder is not a folder: build the site first (dotnet run --project src/Site.Cli -c Release -- build)" >&2
  exit 2
fi

pages=$(find "$folder" -name '*.html' | wc -l)
echo "Checking $pages HTML pages in $folder with the Nu HTML checker $(java -jar "$jar" --version)"
if java -jar "$jar" --errors-only --skip-non-html "$folder"; then
  echo "No error in $pages pages."
else
  echo "The Nu HTML checker found errors (above): fix the templates in theme/layouts/ or the Markdown." >&2
  exit 1
fi
