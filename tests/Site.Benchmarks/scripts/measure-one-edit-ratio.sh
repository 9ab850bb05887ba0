#!/usr/bin/env bash
# Issue 20's target 3 on a machine whose speed drifts: each round makes, with the build cache warm, a build after one
# sentence of an article was toggled, then a cold build (--no-cache), for each site.dll given, one after the other; the medians of each and their ratio are printed at the end. Alternating is what makes the ratio of two
# builds measured minutes apart mean something. Run it from the repository's root, after a publish (README).
#
#   tests/Site.Benchmarks/scripts/measure-one-edit-ratio.sh <rounds> <site.dll>...
#   WORK=/dev/shm/oe tests/Site.Benchmarks/scripts/measure-one-edit-ratio.sh 5 .tools/site/site.dll
#
# The corpus is measure-one-edit.sh's ($WORK/corpus-5000, made by it); each site.dll has its own output and cache.
set -euo pipefail
rounds=$1
shift
root=$(git rev-parse --show-toplevel)
work=${WORK:-/dev/shm/one-edit-$(id -un)}
input=$work/corpus-5000/input
[[ -d $input && -f $work/original.md ]] || { echo "run measure-one-edit.sh 5000 first: it makes $input" >&2; exit 2; }
article=$(find "$input/articles/2022" -name '*.fr.md' | sort | sed -n 1p)
cp "$work/original.md" "$article"

run() { # <site.dll> <output> [options...]: prints the wall time
  local dll=$1 output=$2
  shift 2
  /usr/bin/time -f "%e" -o "$work/ratio.time" dotnet "$dll" build --input "$input" --theme "$root/theme" --output "$output" "$@" \
    >"$work/ratio.log" 2>&1 || { cat "$work/ratio.log" >&2; exit 2; }
  cat "$work/ratio.time"
}

declare -A colds edits
index=0
for dll in "$@"; do
  rm -rf "$work/ratio-$index"
  run "$dll" "$work/ratio-$index/out" --cache "$work/ratio-$index/cache" >/dev/null
  index=$((index + 1))
done

for round in $(seq 1 "$rounds"); do
  # One sentence of the body, on in odd rounds and off in even ones.
  if ((round % 2)); then
    sed -i '0,/^\([^-#!<].*[.!?]\)$/s//\1 Une phrase modifiée pour la mesure./' "$article"
  else
    cp "$work/original.md" "$article"
  fi
  index=0
  for dll in "$@"; do
    # Each build starts after 3 s of quiet, as a build on its own would: a build started right after another one
    # (the cold build's 25,000 pages) pays for what that one left to the machine.
    sleep 3
    edit=$(run "$dll" "$work/ratio-$index/out" --cache "$work/ratio-$index/cache")
    grep -q " [0-9] of [0-9]* pages rendered" "$work/ratio.log" || { echo "the edit did not render a few pages:" >&2; cat "$work/ratio.log" >&2; exit 2; }
    sleep 3
    cold=$(run "$dll" "$work/ratio-$index/cold" --no-cache)
    colds[$index]+="$cold "
    edits[$index]+="$edit "
    printf 'round %d  %s  cold %6.2f s  one edit %5.2f s  %4.1f %%\n' "$round" "$dll" "$cold" "$edit" "$(echo "100 * $edit / $cold" | bc -l)"
    index=$((index + 1))
  done
done
cp "$work/original.md" "$article"

median() { tr ' ' '\n' | grep . | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
index=0
for dll in "$@"; do
  cold=$(echo "${colds[$index]}" | median)
  edit=$(echo "${edits[$index]}" | median)
  printf 'median  %s  cold %6.2f s  one edit %5.2f s  %4.1f %% of a cold build\n' "$dll" "$cold" "$edit" "$(echo "100 * $edit / $cold" | bc -l)"
  index=$((index + 1))
done
