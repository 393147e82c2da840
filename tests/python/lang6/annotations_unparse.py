# Postponed annotations keep CPython's unparsed text: infinite complex
# constants, set displays inside f-string braces, lambdas in f-strings and
# a sole generator argument.
from __future__ import annotations


def f(a: 1e1000j, b: 3 + 1e1000j, c: (1e1000, 1e1000j),
      d: f'{ {x for x in y} }', e: f'{(lambda x: x)}', g: f(x for x in a),
      h: f(1, (x for x in a)), i: f((x for x in a), 2), j: f'{ {1: 2} }',
      k: f(*(x for x in a)), l: f(x for x in a)(y), m: -1e1000):
    pass


for name, text in f.__annotations__.items():
    print(name, text)
