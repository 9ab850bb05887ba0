#!/usr/bin/env bash
# Measures issue 20's target 3: a cold build, then with the build cache warm a build with nothing changed, one after
# a sentence of one article's body is changed and one after that article's title is changed, with the time, CPU and
# peak memory of each, the steps (SITE_PIPELINE_TIMINGS=1) and the pages rendered. After the edits, the output is
# compared with a cold build's (diff -r). Run it from the repository's root, after `dotnet build -c Release src/Site.Cli`.
#
#   tests/Site.Benchmarks/scripts/measure-one-edit.sh [articles] [site.dll or native site]
#   ARTICLES_GENERATOR=../shared/bench/gen_corpus.py WORK=/dev/shm/me tests/Site.Benchmarks/scripts/measure-one-edit.sh 5000
#
# The corpus is made once in $WORK (gen_corpus.py, seed 1) and its one edited article is restored before each run;
# outputs and cache go to $WORK too (tmpfs by default). Each build waits 3 s after the last write, so that file
# times tell edits apart (docs/architecture.md, "Incremental builds").
set -euo pipefail
articles=${1:-5000}
root=$(git rev-parse --show-toplevel)
dll=$(realpath "${2:-$root/src/Site.Cli/bin/Release/net10.0/site.dll}")
# site.dll runs on the dotnet host; a natively compiled `site` (README, "Installing the command") runs by itself.
if [[ $dll == *.dll ]]; then site=(dotnet "$dll"); else site=("$dll"); fi
# The shared yardstick generator lives beside the main checkout (a worktree's root is elsewhere).
main=$(dirname "$(realpath "$(git rev-parse --git-common-dir)")")
generator=${ARTICLES_GENERATOR:-$main/../shared/bench/gen_corpus.py}
work=${WORK:-/dev/shm/one-edit-$(id -un)}
corpus=$work/corpus-$articles
input=$corpus/input

if [[ ! -d $input ]]; then
  python3 "$generator" --articles "$articles" --out "$corpus" --seed 1 >/dev/null
fi

# The edited article: the first French article of 2022, restored from its copy before each run.
article=$(find "$input/articles/2022" -name '*.fr.md' | sort | sed -n 1p)
if [[ -f $work/original.md ]]; then cp "$work/original.md" "$article"; else cp "$article" "$work/original.md"; fi
touch -d '2 minutes ago' "$article"

build() { # <label> <output> [options...]
  local label=$1 output=$2
  shift 2
  sleep 3
  local log=$work/$label.log
  SITE_PIPELINE_TIMINGS=1 /usr/bin/time -f "%e %U %S %M" -o "$work/$label.time" \
    "${site[@]}" build --input "$input" --theme "$root/theme" --output "$output" "$@" >"$log" 2>&1 ||
    { cat "$log" >&2; exit 2; }
  read -r wall user sys peak <"$work/$label.time"
  printf '%-18s %6.2f s wall %6.2f s CPU (%5.2f user + %4.2f sys) %7d KB  %s\n' "$label" "$wall" \
    "$(echo "$user + $sys" | bc)" "$user" "$sys" "$peak" \
    "$(grep -Eo '[0-9]+ of [0-9]+ pages rendered|nothing changed since the last build' "$log" | sed -n 1p)"
  { grep -E '^  (load|assemble|relate|make|plan|render|check|publish|save)' "$log" || true; } | sed 's/^/    /'
}

rm -rf "$work/cold" "$work/out" "$work/cache"
build cold "$work/cold" --no-cache
build first-with-cache "$work/out" --cache "$work/cache"
build nothing-changed "$work/out" --cache "$work/cache"

# A sentence of the body: the first paragraph after the front matter gets another ending.
python3 - "$article" <<'EOF'
import sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
head, body = text.split("\n---\n", 1)
lines = body.split("\n")
index = next(i for i, line in enumerate(lines) if line.strip() and not line.startswith(("#", "!", "<")))
lines[index] = lines[index].rstrip() + " Une phrase modifiée pour la mesure."
open(path, "w", encoding="utf-8").write(head + "\n---\n" + "\n".join(lines))
EOF
build one-edit-text "$work/out" --cache "$work/cache"

sed -i '0,/^title: "/s//title: "Modifié : /' "$article"
build one-edit-title "$work/out" --cache "$work/cache"

build cold-after "$work/cold" --no-cache
if diff -r "$work/cold" "$work/out" >/dev/null; then
  echo "after both edits: the incremental output equals a cold build's ($(find "$work/out" -type f | wc -l) files)"
else
  echo "after both edits: the incremental output DIFFERS from a cold build's (diff -r $work/cold $work/out)" >&2
  exit 1
fi

cp "$work/original.md" "$article"
