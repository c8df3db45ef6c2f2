#!/usr/bin/env bash
# Validates SARIF logs with Microsoft's SARIF multitool, including GitHub code scanning's ingestion
# rules:  sarif-multitool validate --rule-kind "Gh;Sarif" FILE.sarif
#
#   src/tools/sarif/validate.sh report.sarif [more.sarif ...]
#   src/tools/sarif/validate.sh --install      (only install the multitool, e.g. in .ci/run)
#
# With SARIF_NO_INSTALL=1 nothing is downloaded: a missing multitool is exit 3 (the test
# SarifValidatorTest runs it so, and skips).
#
# The multitool comes from npm (@microsoft/sarif-multitool, pinned below) and is installed once
# into $SARIF_TOOLS (default target/sarif-tools). Exit 0 when no file has an error-level result;
# 1 when one has (each error is printed); 3 when node/npm or the package is not available.
# Warnings (e.g. SARIF2017 "region is absent" for findings in cells or on pages, which are not
# lines of the file) are printed but do not fail.
set -euo pipefail

VERSION=5.7.0
TOOLS=${SARIF_TOOLS:-target/sarif-tools}

if [ $# -eq 0 ]; then
  echo "usage: $0 FILE.sarif..." >&2
  exit 2
fi
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "sarif validate: node and npm are needed (apt-get install nodejs npm)" >&2
  exit 3
fi
if [ ! -x "$TOOLS/node_modules/.bin/sarif-multitool" ]; then
  if [ "${SARIF_NO_INSTALL:-}" = 1 ]; then
    echo "sarif validate: @microsoft/sarif-multitool is not installed in $TOOLS (run $0 --install)" >&2
    exit 3
  fi
  mkdir -p "$TOOLS"
  if ! (cd "$TOOLS" && npm install --no-audit --no-fund --silent "@microsoft/sarif-multitool@$VERSION" >&2); then
    echo "sarif validate: could not install @microsoft/sarif-multitool@$VERSION from npm" >&2
    exit 3
  fi
fi
# npm may skip the platform package's install script, which makes the binary executable
chmod u+x "$TOOLS"/node_modules/@microsoft/sarif-multitool-*/Sarif.Multitool 2>/dev/null || true
if [ "$1" = --install ]; then
  echo "sarif validate: @microsoft/sarif-multitool@$VERSION installed in $TOOLS"
  exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# one run for all files (the tool takes seconds to start); the multitool only takes *.sarif names
copies=()
i=0
for f in "$@"; do
  i=$((i + 1))
  copy="$work/$i-$(basename "$f" .json)"
  case "$copy" in *.sarif) ;; *) copy="$copy.sarif" ;; esac
  cp "$f" "$copy"
  copies+=("$copy")
done
# the npm wrapper runs the tool through a shell, where a bare ; would end the command: quote it
out=$(cd "$TOOLS" && npx --no-install sarif-multitool validate --rule-kind '"Gh;Sarif"' "${copies[@]}" 2>&1) || true
errors=$(printf '%s\n' "$out" | grep -c ': error ' || true)
warnings=$(printf '%s\n' "$out" | grep -c ': warning ' || true)
if ! printf '%s\n' "$out" | grep -q 'Analysis completed successfully'; then
  echo "the multitool did not complete:" >&2
  printf '%s\n' "$out" >&2
  exit 1
fi
# every error in full; warnings counted by rule
printf '%s\n' "$out" | grep ': error ' | sed "s|$work/[0-9]*-||" >&2 || true
printf '%s\n' "$out" | grep -oE ': (error|warning) [A-Z]+[0-9]+' | sort | uniq -c || true
echo "$#" "file(s): $errors errors, $warnings warning(s)"
[ "$errors" -eq 0 ]
