#!/usr/bin/env python3
"""Per-rule file counts from a foilint JSON report (docs/benchmarks.md, "Rules on the corpus").

Usage: java -jar target/foilint.jar scan --format json CORPUS > report.json
       python3 src/tools/corpus/rule_counts.py report.json [before.json]

For each rule: how many files have at least one finding of it at block, review and info
(a file counts once per severity). With a second report, prints "after (before)".
"""
import json
import sys
from collections import defaultdict


def counts(path):
    with open(path, encoding="utf-8") as f:
        report = json.load(f)
    per_rule = defaultdict(lambda: {"block": set(), "review": set(), "info": set()})
    verdicts = defaultdict(int)
    for file in report["files"]:
        verdicts[file["verdict"]] += 1
        for finding in file["findings"]:
            per_rule[finding["rule"]][finding["severity"]].add(file["path"])
    return per_rule, verdicts


def main():
    after, after_verdicts = counts(sys.argv[1])
    before, before_verdicts = counts(sys.argv[2]) if len(sys.argv) > 2 else (None, None)

    def cell(rule, sev):
        now = len(after[rule][sev]) if rule in after else 0
        if before is None:
            return str(now)
        was = len(before[rule][sev]) if rule in before else 0
        return f"{now} ({was})" if now != was else str(now)

    print("| rule | files BLOCK | files REVIEW | files INFO |")
    print("|---|---:|---:|---:|")
    rules = sorted(set(after) | set(before or {}))
    for rule in rules:
        print(f"| `{rule}` | {cell(rule, 'block')} | {cell(rule, 'review')} | {cell(rule, 'info')} |")
    print()
    total = sum(after_verdicts.values())
    line = ", ".join(f"{v} {after_verdicts.get(v, 0)}" for v in ("PASS", "REVIEW", "BLOCK"))
    if before_verdicts:
        line += " (before: " + ", ".join(f"{v} {before_verdicts.get(v, 0)}" for v in ("PASS", "REVIEW", "BLOCK")) + ")"
    print(f"{total} files: {line}")


if __name__ == "__main__":
    main()
