#!/usr/bin/env python3
"""Makes and checks the corpus of bench/soak.sh.

  soak_corpus.py make WORK N PAGES_DIR TEXTS_DIR   writes WORK/corpus and WORK/expected.json
  soak_corpus.py check WORK SECONDS PEAK_KB       reads WORK/out.jsonl against WORK/expected.json

Good documents are hard links (distinct names, one copy on disk) to the benchmark pages and the dev texts;
one in twenty documents is a bad input, in rotation over the kinds below, each small.
"""
import gzip
import json
import os
import sys
from pathlib import Path

BAD_EVERY = 20  # 5 %


def bad_kinds(root: Path, original_page: Path):
    """Each kind: (file name, writer, codes a record of it may carry). Writers make the file at the path."""
    def write(content: bytes):
        return lambda path: path.write_bytes(content)

    def sparse(path: Path):
        with open(path, "wb") as f:
            f.truncate(5 * 1024 * 1024)  # over --max-input-mb 4, refused before it is read

    def cut_gzip(path: Path):
        data = gzip.compress(original_page.read_bytes())
        path.write_bytes(data[: len(data) // 2])

    def dangling(path: Path):
        os.symlink(root / "no-such-file.txt", path)

    story = "The council met on Monday and asked the mayor to resign. " * 20
    return [
        ("empty.txt", write(b""), {"empty_input"}),
        ("image.html", write(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8), {"binary"}),
        ("huge.html", sparse, {"too_large"}),
        ("cut.html.gz", cut_gzip, {"unreadable"}),
        ("latin1.txt", write(("Caf\u00e9 " + story).encode("latin-1")), {"invalid_encoding"}),
        ("nested.html", write(("<html><body>" + "<div>" * 20000 + story + "</div>" * 20000 + "</body></html>").encode()), {"markup_flattened", "no_article"}),
        ("attribute.html", write(('<html><head><meta property="og:title" content="' + "x" * 200_000 + '"></head><body><p>' + story + "</p></body></html>").encode()), {"markup_flattened"}),
        ("links.html", write(("<html><body>" + "".join(f'<p><a href="/n{i}">Story {i}</a></p>' for i in range(60)) + "</body></html>").encode()), {"no_article"}),
        ("dump.jsonl", write(b'{"text": "' + story.encode() + b'"}\n{"bad json\n[1, 2]\n{"title": "no text"}\n'), {"malformed_json", "missing_content"}),
        ("gone.txt", dangling, {"not_found"}),
    ]


def make(work: Path, n: int, pages: Path, texts: Path):
    originals = work / "originals"
    originals.mkdir(parents=True)
    sources = []
    for page in sorted(pages.iterdir()):
        target = originals / page.name.removesuffix(".gz")
        target.write_bytes(gzip.decompress(page.read_bytes()) if page.suffix == ".gz" else page.read_bytes())
        sources.append(target)
    for text in sorted(texts.glob("*.txt")):
        target = originals / text.name
        target.write_bytes(text.read_bytes())
        sources.append(target)

    corpus = work / "corpus"
    kinds = bad_kinds(corpus, next(s for s in sources if s.suffix == ".html"))
    good, bad = [], {}
    for i in range(n):
        folder = corpus / f"{i // 1000:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        if i % BAD_EVERY == BAD_EVERY - 1:
            name, writer, codes = kinds[(i // BAD_EVERY) % len(kinds)]
            path = folder / f"bad-{i}-{name}"
            writer(path)
            bad[str(path)] = sorted(codes)
            if name == "dump.jsonl":
                good.append(str(path) + "#L1")  # its first line is a good record
        else:
            source = sources[i % len(sources)]
            path = folder / f"doc-{i}{''.join(source.suffixes)}"
            os.link(source, path)
            good.append(str(path))
    # A link loop: walked once, adds nothing.
    os.symlink("..", corpus / "000" / "loop")
    # A folder that cannot be listed (soak.sh runs the extraction as "nobody" when it is root).
    locked = corpus / "locked"
    locked.mkdir()
    (locked / "hidden.txt").write_text("never read")
    locked.chmod(0)
    bad[str(locked)] = ["unreadable"]
    (work / "expected.json").write_text(json.dumps({"good": good, "bad": bad}))
    print(f"corpus: {len(good)} good documents, {len(bad)} bad inputs, in {corpus}")


def check(work: Path, seconds: float, peak_kb: int):
    expected = json.loads((work / "expected.json").read_text())
    # Per source, only what the checks read: the records' status and error codes (the texts would fill memory).
    seen = {}
    by_file = {}
    torn = 0
    with open(work / "out" / "out.jsonl", encoding="utf-8") as out:
        for line in out:
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                torn += 1
                continue
            brief = {"status": record["status"], "errors": [{"code": e["code"]} for e in record["errors"]]}
            seen.setdefault(record["source"], []).append(brief)
            by_file.setdefault(record["source"].split("#")[0], []).append(brief)

    problems = []
    good = expected["good"]
    missing = [s for s in good if s not in seen]
    twice = [s for s in good if len(seen.get(s, [])) > 1]
    internal = [s for s, rs in seen.items() if any(e["code"] == "internal_error" for r in rs for e in r["errors"])]
    for path, codes in expected["bad"].items():
        records = by_file.get(path, [])
        got = {e["code"] for r in records for e in r["errors"]}
        if not records or not (got & set(codes)):
            problems.append(f"bad input without its record: {path} (expected {codes}, got {sorted(got)})")
    statuses = {}
    for rs in seen.values():
        for r in rs:
            statuses[r["status"]] = statuses.get(r["status"], 0) + 1
    total = sum(len(rs) for rs in seen.values())
    print(f"records: {total} ({', '.join(f'{k} {v}' for k, v in sorted(statuses.items()))}); torn lines: {torn}")
    print(f"good documents: {len(good)}, missing: {len(missing)}, written twice: {len(twice)}")
    print(f"bad inputs: {len(expected['bad'])}, without their record: {len(problems)}; internal errors: {len(internal)}")
    print(f"time: {seconds:.0f} s, {total / max(seconds, 0.001):.0f} records/s; peak RSS: {peak_kb / 1024:.0f} MB (target <= 600)")
    for line in (missing[:5] + twice[:5] + problems[:10] + internal[:5]):
        print("  " + str(line))
    ok = not missing and not twice and not problems and not internal and torn == 0 and peak_kb <= 600 * 1024
    print("soak: PASS" if ok else "soak: FAIL")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    if sys.argv[1] == "make":
        make(Path(sys.argv[2]), int(sys.argv[3]), Path(sys.argv[4]), Path(sys.argv[5]))
    else:
        check(Path(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]))
