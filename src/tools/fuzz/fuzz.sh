#!/bin/sh
# Fuzzes one foilint target with Jazzer for a number of minutes (issue 8 item 7).
#
#   src/tools/fuzz/fuzz.sh <Target> [minutes] [heap]
#   src/tools/fuzz/fuzz.sh Pdf 10            # io.foilint.fuzz.PdfFuzzTest for 10 minutes
#
# Targets: Xlsx Xlsb Xls Ods Odt Odp Csv Pdf Mail Rtf Slides Doc TypeSniffer ZipGuard Engine Docx Image.
# Findings (crash-*, timeout-*, oom-* files) are written next to the seeds in
# src/test/resources/io/foilint/fuzz/<Target>FuzzTestInputs/fuzz/, so a plain `mvn test` replays
# them; the inputs the fuzzer grew go to .cifuzz-corpus/ (not committed). Run it under `nice` on
# a shared machine, one target at a time: libFuzzer runs one JVM, single-threaded.
set -eu
target=${1:?usage: fuzz.sh <Target> [minutes] [heap]}
minutes=${2:-10}
heap=${3:-1g}
cd "$(dirname "$0")/../../.."
JAZZER_FUZZ=1 exec nice -n 10 mvn -o -B test \
  -Dtest="io.foilint.fuzz.${target}FuzzTest" -Dsurefire.failIfNoSpecifiedTests=false \
  -Dtest.heap="$heap" \
  -Djazzer.instrumentation_includes='io.foilint.**:org.apache.**:com.opencsv.**:com.fasterxml.aalto.**' \
  -Djazzer.instrumentation_excludes='org.apache.maven.**' \
  -Djazzer.keep_going=50 \
  -Djazzer.internal.arg.0=fuzz \
  -Djazzer.internal.arg.1=-max_total_time=$((minutes * 60)) \
  -Djazzer.internal.arg.2=-rss_limit_mb=3072 \
  -Djazzer.internal.arg.3=-timeout=60 \
  -Djazzer.internal.arg.4=-max_len=32768 \
  -Djazzer.internal.arg.5=-print_final_stats=1
