# Set displays of str constants print in CPython's order: its compiler
# builds the frozenset constant from the source order, rebuilds it from
# that set's order when merging constants, and once more when interning
# replaces one of its strings (one-character strings, keywords, names the
# program or start-up interned already).
print({'a', 'b', 'c', 'hello', 'world', 'x1', 'y2'})
print({'hello', 'world', 'x1', 'y2'})
print({'apple', 'banana', 'cherry', 'date', 'elder', 'fig', 'grape'})
print({'red', 'green', 'blue', 'yellow', 'black', 'white', 'orange', 'purple'})
print({'if', 'else', 'for', 'while', 'def', 'class'})
print({'name', 'age', 'city', 'email'})
print({'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'})
print({'alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota'})
print({'x', 'y', 'z', 'w'}, {'spam', 'eggs', 'ham'}, {'GET', 'POST', 'PUT', 'DELETE', 'PATCH'})
print({'not an identifier', 'with space', 'a-b', 'c.d', '1x'})


def inner():
    kind = 'circle'
    shapes = {'circle', 'square', 'triangle', 'hexagon', 'kind'}
    return shapes, kind in shapes


print(inner())
print(sorted({'b', 'a', 'c'}), list({'alpha', 'beta', 'gamma', 'delta', 'epsilon'}))
for word in ('spam', 'beta', 'quux'):
    print(word, word in {'alpha', 'beta', 'gamma', 'delta', 'spam', 'eggs'})
# The same display twice is one constant in CPython: same order both times.
print({'hello', 'world', 'x1', 'y2'}, {'hello', 'world', 'x1', 'y2'})
print({'qa1', 'qb2', 'qc3', 'qd4', 'qe5'})
print({'qa1', 'qb2', 'qc3', 'qd4', 'qe5'})
