# constraints: an object-oriented finite-domain constraint solver
# (variables with domains, constraint objects with propagate methods,
# backtracking search with smallest-domain-first and trail-based undo).
# Solves cryptarithms and graph colourings.
import sys


def size(full, small):
    if len(sys.argv) < 2:
        return full
    return small if sys.argv[1] == "small" else int(sys.argv[1])


class Var:
    def __init__(self, name, values):
        self.name = name
        self.domain = set(values)
        self.constraints = []

    def value(self):
        return next(iter(self.domain)) if len(self.domain) == 1 else None


class Constraint:
    def __init__(self, variables):
        self.variables = variables
        for v in variables:
            v.constraints.append(self)


class NotEqual(Constraint):
    def propagate(self, solver):
        a, b = self.variables
        va, vb = a.value(), b.value()
        if va is not None:
            return solver.remove(b, va)
        if vb is not None:
            return solver.remove(a, vb)
        return True


class AllDifferent(Constraint):
    def propagate(self, solver):
        for v in self.variables:
            x = v.value()
            if x is None:
                continue
            for w in self.variables:
                if w is not v and not solver.remove(w, x):
                    return False
        return True


class LinearEq(Constraint):
    """sum(coef * var) == total, with bounds reasoning."""

    def __init__(self, terms, total):
        Constraint.__init__(self, [v for _, v in terms])
        self.terms = terms
        self.total = total

    def propagate(self, solver):
        lo = hi = 0
        for c, v in self.terms:
            a, b = c * min(v.domain), c * max(v.domain)
            if a > b:
                a, b = b, a
            lo += a
            hi += b
        if lo > self.total or hi < self.total:
            return False
        for c, v in self.terms:
            a, b = c * min(v.domain), c * max(v.domain)
            if a > b:
                a, b = b, a
            rest_lo, rest_hi = lo - a, hi - b
            for x in sorted(v.domain):
                t = c * x
                if t + rest_lo > self.total or t + rest_hi < self.total:
                    if not solver.remove(v, x):
                        return False
        return True


class Solver:
    def __init__(self, variables):
        self.variables = variables
        self.trail = []
        self.queue = []
        self.nodes = 0

    def remove(self, var, x):
        if x not in var.domain:
            return True
        var.domain.discard(x)
        self.trail.append((var, x))
        if not var.domain:
            return False
        for c in var.constraints:
            if c not in self.queue:
                self.queue.append(c)
        return True

    def fixpoint(self):
        while self.queue:
            c = self.queue.pop()
            if not c.propagate(self):
                self.queue.clear()
                return False
        return True

    def undo(self, mark):
        while len(self.trail) > mark:
            var, x = self.trail.pop()
            var.domain.add(x)

    def solve(self, limit):
        self.queue = [c for v in self.variables for c in v.constraints]
        if not self.fixpoint():
            return []
        solutions = []
        self.search(solutions, limit)
        return solutions

    def search(self, solutions, limit):
        self.nodes += 1
        open_vars = [v for v in self.variables if len(v.domain) > 1]
        if not open_vars:
            solutions.append(tuple(v.value() for v in self.variables))
            return len(solutions) >= limit
        var = min(open_vars, key=lambda v: (len(v.domain), v.name))
        for x in sorted(var.domain):
            mark = len(self.trail)
            ok = True
            for y in sorted(var.domain):
                if y != x and not self.remove(var, y):
                    ok = False
                    break
            if ok and self.fixpoint() and self.search(solutions, limit):
                self.undo(mark)
                return True
            self.undo(mark)
        return False


def cryptarithm(words, result):
    letters = sorted(set("".join(words) + result))
    vs = {ch: Var(ch, range(10)) for ch in letters}
    for w in words + [result]:
        vs[w[0]].domain.discard(0)
    coef = {ch: 0 for ch in letters}
    for w in words:
        for i, ch in enumerate(reversed(w)):
            coef[ch] += 10 ** i
    for i, ch in enumerate(reversed(result)):
        coef[ch] -= 10 ** i
    variables = [vs[ch] for ch in letters]
    AllDifferent(variables)
    LinearEq([(coef[ch], vs[ch]) for ch in letters if coef[ch]], 0)
    s = Solver(variables)
    sols = s.solve(10)
    return len(sols), s.nodes, sols[0] if sols else None


def colouring(n, colours, seed):
    variables = [Var("v%03d" % i, range(colours)) for i in range(n)]
    x = seed
    edges = set()
    for i in range(n):
        for _ in range(3):
            x = (x * 1103515245 + 12345) % 2147483648
            j = x % n
            if j != i:
                edges.add((min(i, j), max(i, j)))
    for i, j in sorted(edges):
        NotEqual([variables[i], variables[j]])
    s = Solver(variables)
    sols = s.solve(1)
    return len(sols), s.nodes, sum(sols[0]) if sols else -1


def main():
    reps = size(70, 1)
    results = []
    for r in range(reps):
        results.append(cryptarithm(["SEND", "MORE"], "MONEY"))
        results.append(cryptarithm(["CROSS", "ROADS"], "DANGER"))
        results.append(cryptarithm(["TWO", "TWO"], "FOUR"))
        results.append(colouring(60 + 10 * (r % 8), 4, 7 + r))
    for res in results[:4]:
        print(res)
    print(len(results), sum(n for _, n, _ in results), sum(c for c, _, _ in results))


main()
