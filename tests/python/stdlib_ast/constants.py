import ast
def ev(c):
    try:
        print(repr(eval(compile(ast.fix_missing_locations(ast.Expression(ast.Constant(c))), "c", "eval"))))
    except TypeError as e:
        print("TypeError", e)
ev((1, 2.5, (3, b'x'), None, ...))
ev(frozenset({7}))
ev((1, [2]))
ev(())
ev(10**30)
ev(True)
ev(-0.0)
ev(1+2j)
ev("\ud800x")
ev(3)
class I(int): pass
ev(I(3))
print(ast.dump(ast.parse("'\\ud800'")))
print(ast.literal_eval("'\\udc80'") == '\udc80')
import copy, pickle
t = ast.parse("x = [1, 'a', b'b', (2, 3)]\nf(*a, k=v)")
t2 = copy.deepcopy(t)
print(ast.dump(t2, include_attributes=True) == ast.dump(t, include_attributes=True), t2.body[0] is not t.body[0])
t3 = pickle.loads(pickle.dumps(t))
print(ast.dump(t3) == ast.dump(t))
print(type(copy.copy(ast.Load())).__name__)
print(ast.dump(ast.parse("x: int = 1\ndel a[0], b.c\nglobal q", type_comments=True)))
print(ast.dump(ast.parse("1 +\\\n 2\n", mode="eval"), include_attributes=True))
print(ast.dump(ast.parse("é = 'ü' + x"), include_attributes=True))
print(ast.dump(ast.parse("if x:\n  pass\n", mode="single")))
