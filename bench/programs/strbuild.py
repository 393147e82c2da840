# strbuild: building strings by repeated `s += t`, by list and join, and
# with common str methods (split, replace, upper, find, strip, slicing).
import sys


def size(full, small):
    if len(sys.argv) < 2:
        return full
    return small if sys.argv[1] == "small" else int(sys.argv[1])


def concat_loop(n):
    s = ""
    for i in range(n):
        s += "x"
        if i % 10 == 0:
            s += str(i)
    return s


def join_parts(n):
    parts = []
    for i in range(n):
        parts.append("item")
        parts.append(str(i))
    return ",".join(parts)


def methods(text, rounds):
    total = 0
    for r in range(rounds):
        words = text.split()
        up = [w.upper() for w in words if not w.startswith("t")]
        line = " ".join(up).replace("E", "3")
        total += len(line) + line.find("QU") + line.count("O")
        total += len(line.lower().strip().title())
        total += sum(1 for w in words if w.endswith("s") or w.isalpha())
        total += len(line[r % 7:: 3]) + len(line.partition("X")[2])
    return total


def main():
    n = size(1000000, 5000)
    s = concat_loop(n)
    j = join_parts(n // 3)
    text = "the quick brown fox jumps over the lazy dogs and then keeps running " * 20
    m = methods(text, n // 60)
    pieces = j.split(",")
    rebuilt = ""
    for p in pieces[: n // 6]:
        rebuilt += p[::-1] + ";"
    print(len(s), s[-20:], len(j), j[-12:], m, len(rebuilt), rebuilt[:20])


main()
