#!/usr/bin/env bash
# Throughput of batch scans (docs/benchmarks.md, issue 11 item 7): foilint's full lint against
# Tika's batch text extraction of the same files with the same number of threads, measured in
# the same run, alternating. Prints one markdown row per (set, tool, jobs): files, MB, seconds,
# files/s, MB/s, peak RSS (the one JVM: both run in-process), and foilint's verdict counts.
#
# Usage: src/tools/bench/throughput.sh CORPUS [jobs...]     (from the repository root)
#   e.g. src/tools/bench/throughput.sh ../shared/corpus 1 2
# SETS chooses the sets (default "sheets all").
# FOILINT_JAVA_OPTS sets foilint's JVM options as for ./foilint (default -Xmx1g -XX:+UseParallelGC,
# the launcher's). Tika always runs with -Xmx1g -XX:+UseParallelGC.
# Needs /usr/bin/time (Debian package 'time'); builds target/foilint.jar and the Tika baseline
# (src/tools/bench/tika-baseline) when missing.
set -euo pipefail
corpus=${1:?corpus folder}; shift
jobs=("${@:-1 2}"); [ $# -eq 0 ] && jobs=(1 2)
root=$(pwd)
[ -f target/foilint.jar ] || mvn -q -B -DskipTests package
base=src/tools/bench/tika-baseline
[ -f $base/target/tika-baseline-1.jar ] || (cd $base && mvn -q -B package dependency:build-classpath -Dmdep.outputFile=target/cp.txt)
tikacp="$base/target/tika-baseline-1.jar:$(cat $base/target/cp.txt)"
sheets=("$corpus/xlsx" "$corpus/xls" "$corpus/xlsb" "$corpus/ods" "$corpus/csv" "$corpus/pdf")
all=("$corpus")
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

row() { # set tool jobs files bytes seconds rss cpu extra
  awk -v set="$1" -v tool="$2" -v j="$3" -v f="$4" -v b="$5" -v s="$6" -v r="$7" -v c="$8" -v x="$9" 'BEGIN {
    printf "| %s | %s | %d | %d | %.1f | %.1f | %.1f | %.2f | %d | %.0f | %s |\n", set, tool, j, f, b/1e6, s, f/s, b/1e6/s, r/1024, c, x }'
}

# CPU s: user + system time of the JVM and its children (JIT compiler and GC threads included).
echo "| set | tool | jobs | files | MB | s | files/s | MB/s | peak RSS MB | CPU s | result |"
echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|"
for set in ${SETS:-sheets all}; do
  eval "dirs=(\"\${${set}[@]}\")"
  for j in "${jobs[@]}"; do
    # shellcheck disable=SC2086 # the options are words
    /usr/bin/time -f "%e %M %U %S" -o "$out/t" java ${FOILINT_JAVA_OPTS:--Xmx1g -XX:+UseParallelGC} -jar target/foilint.jar scan -q -j "$j" \
      --format jsonl -o "$out/r.jsonl" "${dirs[@]}" || true
    read -r secs rss user sys < <(tail -1 "$out/t")
    files=$(wc -l < "$out/r.jsonl")
    bytes=$(find "${dirs[@]}" -type f -printf '%s\n' | awk '{s+=$1} END {print s}')
    counts=$(python3 -c "import json,sys,collections; c=collections.Counter(json.loads(l)['verdict'] for l in open(sys.argv[1])); print(' '.join(f'{k} {c[k]}' for k in ('BLOCK','REVIEW','PASS')))" "$out/r.jsonl")
    errors=$(grep -c 'Not inspected (internal error)' "$out/r.jsonl" || true)
    row "$set" foilint "$j" "$files" "$bytes" "$secs" "$rss" "$(awk -v u="$user" -v s="$sys" 'BEGIN {print u + s}')" \
      "$counts; internal errors $errors"
    /usr/bin/time -f "%e %M %U %S" -o "$out/t" java -Xmx1g -XX:+UseParallelGC -cp "$tikacp" \
      io.foilint.bench.baseline.TikaBatch "$j" "${dirs[@]}" > "$out/tika.txt" 2>/dev/null || true
    read -r secs rss user sys < <(tail -1 "$out/t")
    line=$(grep '^tika-batch' "$out/tika.txt" || echo "tika-batch files=0 bytes=0 failed=? seconds=0")
    tf=$(sed 's/.*files=\([0-9]*\).*/\1/' <<< "$line"); tb=$(sed 's/.*bytes=\([0-9]*\).*/\1/' <<< "$line")
    tfail=$(sed 's/.*failed=\([0-9?]*\).*/\1/' <<< "$line")
    row "$set" "Tika batch" "$j" "$tf" "$tb" "$secs" "$rss" "$(awk -v u="$user" -v s="$sys" 'BEGIN {print u + s}')" \
      "$tfail files Tika could not parse"
  done
done
