#!/usr/bin/env python3
"""Memory over a long batch (docs/benchmarks.md, issue 11 item 7): does foilint's resident memory
stay flat while it scans tens of thousands of files?

Builds a synthetic archive of N files (default 20,000) from corpus spreadsheets, CSVs, PDFs and
Word files, each copy changed a little so that no two files have the same bytes (a CSV gets one
more line, a PDF a comment after its end, a zip package a new archive comment), runs
`foilint scan --format jsonl --output` over it and samples the resident memory of the JVM and its
children every two seconds. Prints a markdown table: files finished, RSS at that moment.

Usage (from the repository root, after `mvn -B -DskipTests package`):
    python3 src/tools/bench/flat_memory.py ../shared/corpus [N] [jobs] [--workers W]
FOILINT_JAVA_OPTS sets the JVM options as for ./foilint (default -Xmx1g -XX:+UseParallelGC).
The archive is written under target/flat-memory/ and deleted afterwards.
"""
import json
import os
import shutil
import subprocess
import sys
import time
import zipfile

SOURCE_DIRS = ("csv", "xlsx", "xls", "ods", "pdf", "docx")
MAX_SOURCE_BYTES = 2_000_000


def sources(corpus):
    files = []
    for d in SOURCE_DIRS:
        folder = os.path.join(corpus, d)
        if not os.path.isdir(folder):
            continue
        for name in sorted(os.listdir(folder)):
            path = os.path.join(folder, name)
            if os.path.isfile(path) and os.path.getsize(path) <= MAX_SOURCE_BYTES:
                files.append(path)
    return files


def changed_copy(src, dst, i):
    shutil.copyfile(src, dst)
    ext = os.path.splitext(src)[1].lower()
    if ext == ".csv":
        with open(dst, "ab") as f:
            f.write(b"\ncopy,%d\n" % i)
    elif ext == ".pdf":
        with open(dst, "ab") as f:
            f.write(b"\n%% copy %d\n" % i)
    elif ext in (".xlsx", ".docx", ".ods"):
        try:
            with zipfile.ZipFile(dst, "a") as z:
                z.comment = b"copy %d" % i
        except (zipfile.BadZipFile, OSError):
            with open(dst, "ab") as f:  # a damaged package stays damaged, one byte longer
                f.write(b"\0")
    else:  # .xls and anything else: trailing bytes after the last sector
        with open(dst, "ab") as f:
            f.write(b"\0" * (1 + i % 7))


def build(corpus, n, root):
    files = sources(corpus)
    if not files:
        sys.exit("no source files under " + corpus)
    shutil.rmtree(root, ignore_errors=True)
    total = 0
    for i in range(n):
        src = files[i % len(files)]
        folder = os.path.join(root, "%03d" % (i // 500))
        os.makedirs(folder, exist_ok=True)
        dst = os.path.join(folder, "%05d-%s" % (i, os.path.basename(src)))
        changed_copy(src, dst, i)
        total += os.path.getsize(dst)
    return len(files), total


def tree_rss_kb(pid):
    """Resident memory of a process and all its descendants, from /proc."""
    children = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open("/proc/%s/stat" % entry) as f:
                    fields = f.read().rsplit(")", 1)[1].split()
                children.setdefault(int(fields[1]), []).append(int(entry))
            except OSError:
                pass
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        todo.extend(children.get(p, []))
        try:
            with open("/proc/%d/status" % p) as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
        except OSError:
            pass
    return total


def count_lines(path):
    try:
        with open(path, "rb") as f:
            return sum(1 for _ in f)
    except OSError:
        return 0


def main():
    args = [a for a in sys.argv[1:]]
    workers = None
    if "--workers" in args:
        k = args.index("--workers")
        workers = args[k + 1]
        del args[k:k + 2]
    corpus = args[0] if args else "../shared/corpus"
    n = int(args[1]) if len(args) > 1 else 20000
    jobs = args[2] if len(args) > 2 else "2"
    root = os.path.abspath("target/flat-memory/archive")
    out = os.path.abspath("target/flat-memory/report.jsonl")
    started = time.time()
    distinct, size = build(corpus, n, root)
    print("archive: %d files (%d distinct sources, %.0f MB) built in %.0f s"
          % (n, distinct, size / 1e6, time.time() - started), file=sys.stderr)
    java_opts = os.environ.get("FOILINT_JAVA_OPTS", "-Xmx1g -XX:+UseParallelGC").split()
    cmd = ["java"] + java_opts + ["-jar", "target/foilint.jar", "scan", "-q", "-j", jobs,
                                  "--format", "jsonl", "-o", out, root]
    if workers:
        cmd[-1:-1] = ["--workers", workers]
    samples = []
    started = time.time()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while proc.poll() is None:
        time.sleep(2)
        rss = tree_rss_kb(proc.pid)
        if rss:
            samples.append((time.time() - started, count_lines(out), rss))
    seconds = time.time() - started
    done = count_lines(out)
    print("| files done | elapsed s | RSS MB (JVM and children) |")
    print("|---:|---:|---:|")
    shown = set()
    for fraction in (0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 1.0):
        target = fraction * done
        for t, files, rss in samples:
            if files >= target and t not in shown:
                shown.add(t)
                print("| %d | %.0f | %.0f |" % (files, t, rss / 1024))
                break
    peak = max((s[2] for s in samples), default=0)
    verdicts = {}
    internal_errors = 0
    with open(out, encoding="utf-8") as f:
        for line in f:
            entry = json.loads(line)
            verdicts[entry["verdict"]] = verdicts.get(entry["verdict"], 0) + 1
            internal_errors += "Not inspected (internal error)" in line
    print("verdicts: %s; internal errors: %d" % (
        ", ".join("%s %d" % (v, verdicts.get(v, 0)) for v in ("BLOCK", "REVIEW", "PASS")),
        internal_errors))
    print("\n%s foilint scan -j %s%s: %d files in %.0f s (%.1f files/s), exit %d, peak RSS %.0f MB"
          % (" ".join(java_opts), jobs, " --workers " + workers if workers else "", done, seconds,
             done / seconds,
             proc.returncode, peak / 1024))
    shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
