# ast.parse raises RecursionError for a tree nested past CPython's AST
# conversion limit (3 x recursion limit, less 3 per active frame), and builds
# trees just inside it.
import ast
import sys


def first_failing(frames):
    if frames:
        return first_failing(frames - 1)
    for k in range(2950, 3000):
        try:
            ast.parse("1+" * k + "1")
        except RecursionError as e:
            return k, str(e)
    return None


print(first_failing(0))
print(first_failing(10))

tree = ast.parse("-" * 500 + "x", mode="eval")
depth = 0
node = tree.body
while isinstance(node, ast.UnaryOp):
    depth += 1
    node = node.operand
print(depth, node.id)

old = sys.getrecursionlimit()
sys.setrecursionlimit(100)
try:
    ast.parse("1+" * 310 + "1")
except RecursionError as e:
    print("limit 100:", e)
finally:
    sys.setrecursionlimit(old)
print(len(ast.dump(ast.parse("f(" * 90 + ")" * 90))))
