# The first collection takes the executable's pages out of the resident set
# (cmd/krait/heap19_dropfirst.go), and so does every later growth of the
# heap goal: code, read-only tables and the function table used after that
# must come back unchanged. The program allocates enough for several
# collections, with goals that grow, and between them runs code that lives
# in many parts of the binary: parsing, regular expressions, formatting,
# big integers, hashing, tracebacks and sorting.
import gc
import hashlib
import json
import re
import traceback


def churn(n):
    # Short-lived garbage: lists of tuples and strings.
    total = 0
    for i in range(n):
        row = [(i, j, str(j)) for j in range(20)]
        total += len(row[-1][2])
    return total


def grow(keep, n):
    # Live data that grows, so that the heap goal grows with it.
    keep.extend({"k": i, "s": "x" * (i % 50)} for i in range(n))
    return len(keep)


def work(round_):
    doc = json.dumps({"round": round_, "items": list(range(round_, round_ + 5)), "pi": 3.25})
    back = json.loads(doc)
    words = re.findall(r"[a-z]+\d*", "alpha1 beta22 gamma delta333 " * 3)
    big = 3 ** (200 + round_)
    digest = hashlib.sha256(str(big).encode()).hexdigest()[:16]
    try:
        {}["missing%d" % round_]
    except KeyError:
        tb = traceback.format_exc().strip().splitlines()[-1]
    order = sorted(words, key=lambda w: (-len(w), w))
    return back["items"], len(words), digest, tb, order[:3], f"{big % 1000003:>10,}"


keep = []
for r in range(6):
    print(r, churn(5000), grow(keep, 8000 * (r + 1)))
    print(work(r))
    if r % 2:
        gc.collect()
print("kept", len(keep), sum(d["k"] for d in keep[::997]))
