#!/usr/bin/env bash
# Proves that a change keeps the site byte for byte: builds an input folder (default: the sample site, input/)
# with the generator and theme of a git revision and with those of the working tree, both without the body cache, and compares the
# two outputs with diff -r. Exit 0 when they are identical, 1 with the differences listed otherwise.
#
#   tests/Site.Benchmarks/scripts/same-output.sh <revision> [input folder]
#   tests/Site.Benchmarks/scripts/same-output.sh main~5
#   tests/Site.Benchmarks/scripts/same-output.sh 53a46a5 /dev/shm/c1000/input   # a generated corpus (Site.Benchmarks generate)
set -euo pipefail
revision=${1:?usage: same-output.sh <revision> [input folder]}
root=$(git rev-parse --show-toplevel)
input=$(realpath "${2:-$root/input}")
work=$(mktemp -d)
trap 'git -C "$root" worktree remove --force "$work/before" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

build() { # <repository> <output>
  dotnet build "$1/src/Site.Cli" -c Release -o "$2.bin" -v quiet -nologo >/dev/null
  dotnet "$2.bin/site.dll" build --input "$input" --theme "$1/theme" --output "$2" --no-cache >/dev/null 2>"$2.log" ||
    { cat "$2.log" >&2; exit 2; }
}

git -C "$root" worktree add --detach --quiet "$work/before" "$revision"
build "$work/before" "$work/out-before"
build "$root" "$work/out-after"
if diff -r "$work/out-before" "$work/out-after"; then
  echo "identical: $(find "$work/out-after" -type f | wc -l) files of $input, $revision and the working tree"
else
  exit 1
fi
