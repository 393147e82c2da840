# nqueens: count all solutions of the n-queens problem two ways: a
# backtracking search with sets of attacked columns and diagonals, and a
# filter over permutations generated recursively.
import sys


def size(full, small):
    if len(sys.argv) < 2:
        return full
    return small if sys.argv[1] == "small" else int(sys.argv[1])


def solve_sets(n):
    cols = set()
    diag1 = set()
    diag2 = set()
    placed = []
    count = 0
    first = None

    def place(row):
        nonlocal count, first
        if row == n:
            count += 1
            if first is None:
                first = tuple(placed)
            return
        for c in range(n):
            if c in cols or row + c in diag1 or row - c in diag2:
                continue
            cols.add(c)
            diag1.add(row + c)
            diag2.add(row - c)
            placed.append(c)
            place(row + 1)
            placed.pop()
            cols.remove(c)
            diag1.remove(row + c)
            diag2.remove(row - c)

    place(0)
    return count, first


def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield [items[i]] + p


def solve_perms(n):
    count = 0
    for p in permutations(list(range(n))):
        if len({p[i] + i for i in range(n)}) == n and len({p[i] - i for i in range(n)}) == n:
            count += 1
    return count


def main():
    n = size(10, 6)
    for _ in range(10 if n >= 10 else 1):
        sets = solve_sets(n)
        perms = solve_perms(n - 2)
    print(sets)
    print(perms)


main()
