import ast
def const(value):
    tree = ast.parse("x = 123")
    new = ast.Constant(value=value)
    ast.copy_location(new, tree.body[0].value)
    tree.body[0].value = new
    ns = {}
    exec(compile(tree, "<string>", "exec"), ns)
    return ns['x']
for v in (None, False, True, Ellipsis, b'', frozenset(), frozenset({1, 2}), (1, 2)):
    r = const(v)
    print(repr(r), r is v or type(v) is tuple)
s = frozenset({3})
tree = ast.parse("def f():\n    return 0\nx = f()")
tree.body[0].body[0].value = ast.copy_location(ast.Constant(value=s), tree.body[0].body[0].value)
ns = {}
exec(compile(tree, "<s>", "exec"), ns)
print(ns["x"] is s, ns["f"].__code__.co_consts)
print(frozenset() is frozenset())
e = frozenset()
tree = ast.parse("def f():\n    return 0\nx = f()")
tree.body[0].body[0].value = ast.copy_location(ast.Constant(value=e), tree.body[0].body[0].value)
ns = {}
exec(compile(tree, "<s>", "exec"), ns)
print(ns["x"] is e, ns["f"].__code__.co_consts)
print(eval(compile(ast.fix_missing_locations(ast.Expression(ast.Tuple([ast.Constant(e)], ast.Load()))), "", "eval"))[0] is e)
