# json_work: json.dumps and json.loads round trips of nested records
# (strings with escapes and non-ASCII, numbers, lists, dicts), with indent
# and sort_keys variants.
import sys
import json


def size(full, small):
    if len(sys.argv) < 2:
        return full
    return small if sys.argv[1] == "small" else int(sys.argv[1])


def make_record(i):
    return {
        "id": i,
        "name": "user \"%d\"\n" % i,
        "email": "u%d@example.org" % i,
        "score": i * 1.25,
        "active": i % 3 == 0,
        "tags": ["a", "b\u00e9", "\u65e5\u672c"][: i % 4],
        "address": {"street": "%d Main St" % i, "zip": "%05d" % (i * 7 % 100000), "geo": [i / 3, -i / 7]},
        "none": None,
    }


def main():
    n = size(3000, 10)
    records = [make_record(i) for i in range(n)]
    total = 0
    for r in range(40):
        s = json.dumps(records)
        back = json.loads(s)
        total += len(s) + len(back)
        if r % 10 == 0:
            s2 = json.dumps(back, indent=2, sort_keys=True)
            total += len(s2) + len(json.loads(s2))
            s3 = json.dumps(back, ensure_ascii=False, separators=(",", ":"))
            total += len(s3)
    assert back == records
    print(json.dumps(records[min(3, n - 1)], sort_keys=True))
    print(total)


main()
