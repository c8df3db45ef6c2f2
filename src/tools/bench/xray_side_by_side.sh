#!/usr/bin/env bash
# foilint against Free Law Project's x-ray (PyMuPDF) on the same PDFs, measured in the same run
# (docs/benchmarks.md, issue 11 item 7). x-ray checks one thing, bad redactions (text under
# rectangles); foilint runs its full lint. Both run as one process over the whole set, one file
# at a time: x-ray's inspect() in a loop in one Python process, `foilint scan -j 1` in one JVM.
# Then PDFBox's plain text extraction of the same files (load + PDFTextStripper, one JVM) as the
# baseline the issue names. foilint runs with the launcher's JVM options (FOILINT_JAVA_OPTS
# overrides them). Each run is timed whole, start-up included. Each tool runs RUNS times,
# alternating; the medians are printed as one markdown row per tool, with the ratio to x-ray.
#
# Usage: XRAY_HOME=/path/to/x-ray src/tools/bench/xray_side_by_side.sh [RUNS] DIR...
#   e.g. XRAY_HOME=$HOME/x-ray src/tools/bench/xray_side_by_side.sh 3 ../shared/corpus/pdf
# XRAY_HOME is a checkout of https://github.com/freelawproject/x-ray (its `xray` package is
# imported from there; x-ray is on no package registry reachable from here). It needs PyMuPDF and
# requests: on Debian `apt-get install python3-fitz python3-requests` (Debian 12 ships PyMuPDF
# 1.21.1; x-ray pins 1.24.14 but runs on 1.21). PYTHON overrides the interpreter (default
# /usr/bin/python3, the one Debian's packages install into).
set -euo pipefail
: "${XRAY_HOME:?set XRAY_HOME to a checkout of freelawproject/x-ray}"
python=${PYTHON:-/usr/bin/python3}
runs=3
if [[ "${1:-}" =~ ^[0-9]+$ ]]; then runs=$1; shift; fi
[ $# -gt 0 ] || { echo "usage: XRAY_HOME=... $0 [RUNS] DIR..." >&2; exit 2; }
[ -f target/foilint.jar ] || mvn -q -B -DskipTests package
[ -f target/cp.txt ] && [ -f target/test-classes/io/foilint/bench/PdfBoxTextBatch.class ] \
  || mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
find "$@" -maxdepth 1 -type f -iname '*.pdf' | sort > "$out/files"
files=$(wc -l < "$out/files")
bytes=$(tr '\n' '\0' < "$out/files" | xargs -0 stat -c %s | awk '{s+=$1} END {print s}')

cat > "$out/xray_batch.py" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
import xray
flagged = failed = 0
for f in (line.rstrip("\n") for line in open(sys.argv[2])):
    try:
        if xray.inspect(f):
            flagged += 1
    except Exception:
        failed += 1
print("flagged=%d failed=%d" % (flagged, failed))
PY

"$python" -c 'import sys; sys.path.insert(0, sys.argv[1]); import xray' "$XRAY_HOME" \
  || { echo "cannot import x-ray from $XRAY_HOME with $python" >&2; exit 2; }

timed() { # NAME COMMAND... : appends "seconds=S <last line the command printed>" to $out/NAME
  local name=$1 t0 t1 last
  shift
  t0=$(date +%s.%N)
  last=$("$@" 2>/dev/null | tail -1 || true)
  t1=$(date +%s.%N)
  echo "seconds=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.2f", b - a}') $last" >> "$out/$name"
}
xray_run() { "$python" "$out/xray_batch.py" "$XRAY_HOME" "$out/files"; }
foilint_run() {
  # shellcheck disable=SC2086 # the options are words; the default is the launcher's
  java ${FOILINT_JAVA_OPTS:--Xmx1g -XX:+UseParallelGC} -jar target/foilint.jar scan -q -j 1 --format jsonl \
    -o "$out/foilint.jsonl" --files-from "$out/files" || true
  local v
  for v in BLOCK REVIEW PASS; do
    printf '%s=%s ' "$v" "$(grep -c "\"verdict\":\"$v\"" "$out/foilint.jsonl" || true)"
  done
  echo
}
pdfbox_run() {
  java -Xmx1g -XX:+UseParallelGC -cp "target/test-classes:target/classes:$(cat target/cp.txt)" \
    io.foilint.bench.PdfBoxTextBatch "$out/files"
}

for ((i = 0; i < runs; i++)); do
  timed xray xray_run
  timed foilint foilint_run
  timed pdfbox pdfbox_run
done
median() { sed 's/^seconds=\([0-9.]*\).*/\1/' "$1" | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
x=$(median "$out/xray")
row() { # TOOL WHAT SECONDS RESULT
  awk -v t="$1" -v w="$2" -v n="$files" -v b="$bytes" -v s="$3" -v x="$x" -v r="$4" 'BEGIN {
    printf "| %s | %s | %d | %.1f | %.2f | %.1f | %.2f | %s |\n", t, w, n, b / 1e6, s, n / s, s / x, r }'
}
echo "| tool | what it does | files | MB | median s of $runs | files/s | time ÷ x-ray's | result (last run) |"
echo "|---|---|---:|---:|---:|---:|---:|---|"
row "x-ray $(sed -n 's/^version = "\(.*\)"/\1/p' "$XRAY_HOME/pyproject.toml")" "bad redactions only" "$x" \
  "$(tail -1 "$out/xray" | cut -d' ' -f2-)"
row "foilint" "full lint and verdict" "$(median "$out/foilint")" "$(tail -1 "$out/foilint" | cut -d' ' -f2-)"
row "PDFBox" "plain text extraction" "$(median "$out/pdfbox")" "$(tail -1 "$out/pdfbox" | cut -d' ' -f2-)"
