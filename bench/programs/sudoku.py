# sudoku: a sudoku solver using bitmask candidates per cell, naked-single
# propagation and depth-first search on the cell with fewest candidates;
# puzzles are generated deterministically by filling a grid with a seeded
# search and removing clues.
import sys


def size(full, small):
    if len(sys.argv) < 2:
        return full
    return small if sys.argv[1] == "small" else int(sys.argv[1])


UNITS = []
for _r in range(9):
    UNITS.append([_r * 9 + c for c in range(9)])
for _c in range(9):
    UNITS.append([r * 9 + _c for r in range(9)])
for _b in range(9):
    _r0, _c0 = 3 * (_b // 3), 3 * (_b % 3)
    UNITS.append([(_r0 + i) * 9 + _c0 + j for i in range(3) for j in range(3)])
PEERS = []
for _cell in range(81):
    _p = set()
    for _u in UNITS:
        if _cell in _u:
            _p.update(_u)
    _p.discard(_cell)
    PEERS.append(sorted(_p))
ALL = 0x1FF
BITS = {1 << d: d + 1 for d in range(9)}


def popcount(x):
    return bin(x).count("1")


class Solver:
    def __init__(self, order=None):
        self.nodes = 0
        self.order = order

    def candidates(self, grid, cell):
        used = 0
        for p in PEERS[cell]:
            v = grid[p]
            if v:
                used |= 1 << (v - 1)
        return ALL & ~used

    def propagate(self, grid):
        changed = True
        while changed:
            changed = False
            for cell in range(81):
                if grid[cell] == 0:
                    cand = self.candidates(grid, cell)
                    if cand == 0:
                        return False
                    if cand & (cand - 1) == 0:
                        grid[cell] = BITS[cand]
                        changed = True
        return True

    def solve(self, grid):
        self.nodes += 1
        grid = grid[:]
        if not self.propagate(grid):
            return None
        best, best_n, best_c = -1, 10, 0
        for cell in range(81):
            if grid[cell] == 0:
                cand = self.candidates(grid, cell)
                n = popcount(cand)
                if n < best_n:
                    best, best_n, best_c = cell, n, cand
        if best < 0:
            return grid
        digits = [d for d in range(1, 10) if best_c & (1 << (d - 1))]
        if self.order is not None:
            k = self.order(len(digits))
            digits = digits[k:] + digits[:k]
        for d in digits:
            grid[best] = d
            r = self.solve(grid)
            if r is not None:
                return r
        return None


def make_puzzle(seed, clues):
    state = [seed]

    def rnd(n):
        state[0] = (state[0] * 1103515245 + 12345) & 0x7FFFFFFF
        return (state[0] >> 16) % n

    full = Solver(rnd).solve([0] * 81)
    cells = list(range(81))
    for i in range(80, 0, -1):
        j = rnd(i + 1)
        cells[i], cells[j] = cells[j], cells[i]
    puzzle = full[:]
    for cell in cells[clues:]:
        puzzle[cell] = 0
    return puzzle, full


def valid(grid):
    return all(sorted(grid[c] for c in u) == list(range(1, 10)) for u in UNITS)


FIXED = ("4.....8.5.3..........7......2.....6.....8.4......1.......6.3.7.5..2.....1.4......")


def main():
    count = size(150, 3)
    nodes = 0
    checksum = 0
    fixed = [0 if ch == "." else int(ch) for ch in FIXED]
    s = Solver()
    sol = s.solve(fixed)
    assert valid(sol)
    print("".join(map(str, sol)), s.nodes)
    for i in range(count):
        puzzle, full = make_puzzle(i + 1, 24 + i % 6)
        s = Solver()
        sol = s.solve(puzzle)
        assert sol is not None and valid(sol)
        nodes += s.nodes
        checksum = (checksum * 7 + sum(d * (k + 1) for k, d in enumerate(sol))) % 1000000007
    print(count, nodes, checksum)


main()
