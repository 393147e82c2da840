# ast, marshal, hashlib, zlib, bisect, heapq, array, base64, dis-free
# introspection as ordinary programs use them.
import ast, marshal, hashlib, zlib, bisect, heapq, array, base64, sys, types
def e(f, *a, **k):
    try:
        print("->", repr(f(*a, **k)))
    except Exception as x:
        import re
        print(type(x).__name__, re.sub(" at 0x[0-9a-f]+", "", str(x)))
src = "def f(a, *, b=1):\n    '''doc'''\n    return [x for x in a] if b else {k: v for k, v in a}\nx: int = 5\nmatch x:\n    case [1, *r] | {'k': r}: pass\n    case _: pass\n"
tree = ast.parse(src)
print(ast.dump(tree)[:300])
print(ast.dump(tree, indent=1, include_attributes=True)[:300])
print(ast.unparse(tree))
print(ast.literal_eval("[1, -2.5, (3+4j), {'a': (True, None)}, {1, 2}, b'x', 'y' 'z']"))
for s in ["1 + x", "__import__('os')", "[1, 2", "{**a}", "-(1)", "1 +", "set()", "+1j - 3"]:
    e(ast.literal_eval, s)
code = compile(tree, "<ast>", "exec"); ns = {}; exec(code, ns); print(ns["x"], ns["f"].__doc__)
expr = ast.Expression(body=ast.BinOp(left=ast.Constant(2), op=ast.Mult(), right=ast.Constant(21)))
ast.fix_missing_locations(expr); print(eval(compile(expr, "<e>", "eval")))
e(compile, ast.Expression(body=ast.Name(id="x", ctx=ast.Store())), "<e>", "eval")
e(compile, ast.Module(body=[ast.Expr(ast.Constant(1))], type_ignores=[]), "<m>", "exec")
e(ast.parse, "def f(:", "file.py")
try:
    ast.parse("x = (1,\n  2")
except SyntaxError as x:
    print(x.msg, x.lineno, x.offset, x.filename, repr(x.text))
class Rename(ast.NodeTransformer):
    def visit_Name(self, node):
        return ast.copy_location(ast.Name(id=node.id.upper(), ctx=node.ctx), node)
print(ast.unparse(Rename().visit(ast.parse("a = b + c"))))
names = [n.id for n in ast.walk(ast.parse("a(b, c.d)")) if isinstance(n, ast.Name)]
print(names, ast.get_docstring(tree.body[0]), ast.get_source_segment(src, tree.body[1]), tree.body[0].lineno, tree.body[0].end_lineno, tree.body[0].col_offset)
print(ast.parse("x", mode="eval").__class__.__name__, ast.parse("x = 1", type_comments=True).body[0].type_comment, ast.parse("f(x)", mode="single").__class__.__name__)
print(ast.Constant(5).value, ast.Name("x").id, ast.Load() == ast.Load(), ast.BinOp._fields, ast.arguments._fields[:3], issubclass(ast.Num, ast.Constant) if hasattr(ast, "Num") else "")
print(isinstance(ast.Constant(1), ast.Num), ast.dump(ast.parse("1", mode="eval").body))
for v in [1, -1, 2**70, 1.5, 1j, "s\xe9", b"b", None, True, ..., (1, "a"), [1, [2]], {"a": 1}, {1, 2}, frozenset([3]), StopIteration]:
    try:
        data = marshal.dumps(v)
        # containers' FLAG_REF depends on CPython's reference counts
        print(repr(v)[:30], data if not isinstance(v, (list, dict, set)) else len(data), marshal.loads(data) == v)
    except Exception as x:
        print(repr(v)[:30], type(x).__name__, x)
print(marshal.dumps("x", 2), marshal.dumps((1, 2), 2), marshal.version)
e(marshal.loads, b"\x00")
e(marshal.loads, b"")
e(marshal.dumps, object())
co = marshal.loads(marshal.dumps(compile("y = 6 * 7", "m", "exec"))); ns = {}; exec(co, ns); print(ns["y"])
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256", "sha3_512", "blake2b", "blake2s", "shake_128"]:
    h = hashlib.new(name, b"abc")
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest(16) if name.startswith("shake") else h.hexdigest())
h = hashlib.sha256(); h.update(b"a"); h2 = h.copy(); h2.update(b"b"); print(h.hexdigest()[:16], h2.hexdigest()[:16], hashlib.md5(b"x", usedforsecurity=False).hexdigest())
print(hashlib.blake2b(b"x", digest_size=16, key=b"k", salt=b"s", person=b"p").hexdigest(), hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1000).hex()[:32], sorted(hashlib.algorithms_guaranteed)[:4])
import hmac
print(hmac.new(b"key", b"msg", "sha256").hexdigest(), hmac.compare_digest(b"a", b"a"), hmac.digest(b"k", b"m", "md5").hex())
e(hashlib.new, "nosuch")
e(hashlib.sha256, "str")
e(hmac.new, b"k")
print(hashlib.scrypt(b"pw", salt=b"s", n=16, r=1, p=1, dklen=8).hex() if hasattr(hashlib, "scrypt") else "")
c = zlib.compress(b"hello " * 10); print(c, zlib.decompress(c), zlib.crc32(b"abc"), zlib.adler32(b"abc"), len(zlib.compress(b"x" * 1000, 9)))
co = zlib.compressobj(6, zlib.DEFLATED, -15); raw = co.compress(b"data" * 5) + co.flush(); print(raw, zlib.decompress(raw, -15))
do = zlib.decompressobj(); print(do.decompress(c[:10]), do.decompress(c[10:]), do.eof, do.unused_data)
e(zlib.decompress, b"garbage")
e(zlib.decompress, c[:-3])
import gzip, bz2, lzma
print(gzip.decompress(gzip.compress(b"gz", mtime=0)), gzip.compress(b"gz", mtime=0)[:10], bz2.decompress(bz2.compress(b"bz")), lzma.decompress(lzma.compress(b"xz")))
e(gzip.decompress, b"notgzip")
a = [1, 3, 3, 7]
print(bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.bisect(a, 0, lo=1), bisect.bisect_left(a, 8, key=None), bisect.insort(a, 4) or a, bisect.bisect([("a", 1), ("c", 2)], "b", key=lambda t: t[0]))
e(bisect.bisect, a, 1, -1)
h = [5, 1, 4]; heapq.heapify(h); heapq.heappush(h, 0); print(h, heapq.heappop(h), heapq.nsmallest(2, [5, 2, 8]), heapq.nlargest(2, "hello"), list(heapq.merge([1, 4], [2, 3])), heapq.heappushpop(h, 9), heapq.heapreplace(h, 0), h)
e(heapq.heappop, [])
ar = array.array("i", [1, 2, 3]); ar.append(4); ar.extend([5]); print(ar, ar.itemsize, ar.typecode, ar.tobytes()[:8], ar[1:3], ar.count(2), ar.index(3), array.array("d", b"\x00" * 8), array.typecodes)
print(array.array("u", "hi"), array.array("b", [1, -1]).tolist(), array.array("B", b"ab"), ar.buffer_info()[1], ar * 2, ar == array.array("i", [1, 2, 3, 4, 5]))
e(array.array, "q", [1.5])
e(array.array, "z")
e(array.array("b").append, 200)
e(array.array("i", [1]).__getitem__, 5)
print(base64.b64encode(b"\xff\xfe"), base64.urlsafe_b64encode(b"\xff\xfe"), base64.b32encode(b"ab"), base64.b16decode("4142"), base64.b85encode(b"hi"), base64.a85encode(b"hi"), base64.b64decode("aGk=\n"))
e(base64.b64decode, "aGk", validate=True)
e(base64.b64decode, "a!Gk=", validate=True)
e(base64.b32decode, "x")
