import ast
class Double(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int) and not isinstance(node.value, bool):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node
class RenamePrint(ast.NodeTransformer):
    def visit_Name(self, node):
        if node.id == 'say':
            return ast.Name('print', node.ctx)
        return node
src = '''
def f(a, b=3, *c, **d):
    return a + b + sum(c) + len(d)
say(f(1), f(1, 2, 3, 4, x=5))
class K:
    v = 10
    def m(self):
        return [i * self.v for i in range(3)]
say(K().m())
try:
    raise ValueError(7)
except ValueError as e:
    say("caught", e.args)
x = {'k': 1, **{'j': 2}}
say(sorted(x.items()), f"{x['k']!r:>5}|")
match [1, 2, 3]:
    case [1, *rest]:
        say("rest", rest)
with open(__file__ if False else '/dev/null') as fh:
    say(fh.read() == '')
say(1_000_000_000_000_000_000_000, 2.5, 1j, b'ab', ..., None, True)
'''
tree = ast.parse(src)
tree = RenamePrint().visit(Double().visit(tree))
ast.fix_missing_locations(tree)
exec(compile(tree, '<transformed>', 'exec'), {})
print(ast.unparse(tree))
# synthesized tree
mod = ast.Module(body=[
    ast.FunctionDef(name='g', args=ast.arguments(posonlyargs=[], args=[ast.arg('n')], kwonlyargs=[], kw_defaults=[], defaults=[]),
                    body=[ast.Return(ast.BinOp(ast.Name('n', ast.Load()), ast.Pow(), ast.Constant(2)))], decorator_list=[]),
    ast.Expr(ast.Call(ast.Name('print', ast.Load()), [ast.Call(ast.Name('g', ast.Load()), [ast.Constant(12)], [])], [])),
], type_ignores=[])
exec(compile(ast.fix_missing_locations(mod), 'm', 'exec'))
print(ast.dump(mod))
i = ast.Interactive([ast.Expr(ast.BinOp(ast.Constant(6), ast.Mult(), ast.Constant(7)))])
exec(compile(ast.fix_missing_locations(i), 's', 'single'))
code = compile(ast.parse("lambda x: x + 1", mode="eval"), "e", "eval")
print(eval(code)(4))
for node in ast.walk(ast.parse("a.b(c)[d]")):
    print(type(node).__name__, getattr(node, 'col_offset', None), getattr(node, 'end_col_offset', None))
print(ast.get_source_segment("x = foo(1,\n  2)", ast.parse("x = foo(1,\n  2)").body[0].value))
print(list(ast.iter_fields(ast.parse("x = 1").body[0])) [0][0])
print(ast.increment_lineno(ast.parse("x\ny"), 5).body[1].lineno)
