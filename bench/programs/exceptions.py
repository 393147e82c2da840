# exceptions: raising and catching in loops: custom exception classes and
# hierarchies, try/except/else/finally, re-raise, chaining with `from`,
# exceptions crossing several frames, and context managers.
import sys


def size(full, small):
    if len(sys.argv) < 2:
        return full
    return small if sys.argv[1] == "small" else int(sys.argv[1])


class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key):
        super().__init__("missing %r" % key)
        self.key = key


class Invalid(AppError):
    pass


class Resource:
    opened = 0
    closed = 0

    def __enter__(self):
        Resource.opened += 1
        return self

    def __exit__(self, kind, value, tb):
        Resource.closed += 1
        return kind is Invalid


def lookup(table, key):
    if key not in table:
        raise NotFound(key)
    v = table[key]
    if v < 0:
        raise Invalid("negative")
    return v


def deep(n, key, table):
    if n == 0:
        return lookup(table, key)
    return deep(n - 1, key, table)


def convert(s):
    try:
        return int(s)
    except ValueError as e:
        raise Invalid("bad number") from e


def main():
    n = size(300000, 1500)
    table = {i: (i if i % 5 else -i) for i in range(0, 1000, 2)}
    found = missing = invalid = finals = chained = suppressed = other = 0
    for i in range(n):
        key = i % 1000
        try:
            v = deep(i % 6, key, table)
        except NotFound as e:
            missing += e.key & 1 or 1
        except AppError:
            invalid += 1
        else:
            found += v & 3
        finally:
            finals += 1
        if i % 4 == 0:
            try:
                convert("x%d" % i if i % 8 == 0 else str(i))
            except Invalid as e:
                if isinstance(e.__cause__, ValueError):
                    chained += 1
        if i % 10 == 0:
            with Resource():
                if i % 20 == 0:
                    raise Invalid("suppressed")
            suppressed += 1
        try:
            try:
                [][i]
            except IndexError:
                raise KeyError(i)
        except KeyError as e:
            if isinstance(e.__context__, IndexError):
                other += 1
        try:
            {}["k"]
        except (TypeError, LookupError):
            other += 1
    print(found, missing, invalid, finals, chained, suppressed, other,
          Resource.opened, Resource.closed)


main()
