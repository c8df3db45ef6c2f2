#!/usr/bin/env bash
# Load on `foilint serve` (issue 12 item 6, docs/benchmarks.md): CLIENTS concurrent clients post
# a mix of a ~1 MB workbook, a 30-page PDF and a zip bomb (written by io.foilint.bench.ServeLoad)
# for SECONDS against a server with a fixed heap (-Xmx1g) and its own temporary folder. Prints
# requests/s, p50/p99 scan latency, every status and verdict counted, the server's peak RSS
# (VmHWM) and what is left in its temporary folder afterwards.
#
# Usage: src/tools/bench/serve-load.sh [SECONDS] [CLIENTS] [MAX_SCANS]   (from the repository root)
#   defaults 60 16 2
set -euo pipefail
secs=${1:-60}; clients=${2:-16}; scans=${3:-2}
[ -f target/foilint.jar ] || mvn -q -B -DskipTests package
mvn -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/cp.txt >/dev/null
cp="target/test-classes:target/classes:$(cat target/cp.txt)"
work=$(mktemp -d)
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
mkdir "$work/tmp"
java -cp "$cp" io.foilint.bench.ServeLoad inputs "$work/in"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
java -Xmx1g -XX:+UseParallelGC -Djava.io.tmpdir="$work/tmp" -jar target/foilint.jar serve \
  --port "$port" --max-scans "$scans" 2> "$work/serve.log" &
pid=$!
for _ in $(seq 60); do
  curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break
  sleep 0.5
done
echo "server: -Xmx1g, --max-scans $scans; load: $clients clients for $secs s"
java -cp "$cp" io.foilint.bench.ServeLoad run "http://127.0.0.1:$port" "$secs" "$clients" \
  "$work/in/staff-1mb.xlsx" "$work/in/letter-30-pages.pdf" "$work/in/zip-bomb.xlsx"
echo "server peak RSS: $(awk '/VmHWM/ {printf "%.0f MB", $2/1024}' /proc/$pid/status)"
echo "server log: $(grep -c '^foilint serve: scan:' "$work/serve.log") scan line(s), $(grep -c '^foilint serve: rejected: busy' "$work/serve.log") busy line(s), $(grep -c '^foilint serve: error' "$work/serve.log") error line(s)"
serve_dir=$(find "$work/tmp" -maxdepth 2 -name serve -type d | head -1)
echo "left in the uploads folder ($serve_dir): $(find "$serve_dir" -mindepth 1 | wc -l) entries;" \
  "files anywhere in the server's temporary folder: $(find "$work/tmp" -type f | wc -l)"
kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
echo "after stop, entries in the server's temporary folder: $(find "$work/tmp" -mindepth 1 | wc -l)"
