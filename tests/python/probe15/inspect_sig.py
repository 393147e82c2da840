# inspect.signature of builtins and C-implemented stdlib callables (as CLIs/docs tools call it),
# plus Python functions, bound methods, partials, classes; getdoc, getmembers, isX predicates.
import inspect, functools, builtins, math, os, json, re, collections, itertools, operator, io, struct, datetime, time, random

def sig(obj):
    try:
        return str(inspect.signature(obj))
    except (ValueError, TypeError) as e:
        return f"{type(e).__name__}"

names = ["abs", "len", "print", "sorted", "max", "min", "round", "divmod", "pow", "isinstance", "getattr",
         "open", "int", "str", "range", "zip", "map", "enumerate", "iter", "next", "sum", "any", "repr", "format",
         "hasattr", "setattr", "vars", "dir", "id", "hash", "hex", "chr", "ord", "callable", "compile", "exec", "eval"]
for n in names:
    print(n, sig(getattr(builtins, n)))
for obj in (math.sqrt, math.log, math.isclose, math.gcd, os.path.join, os.getcwd, os.listdir, os.stat, json.dumps, json.loads,
            re.compile, re.sub, collections.namedtuple, collections.Counter, itertools.islice, itertools.count, operator.itemgetter,
            io.open, io.StringIO, struct.pack, struct.unpack_from, datetime.datetime, datetime.date.fromisoformat, time.sleep,
            random.randint, random.Random.random, str.split, str.join, str.replace, list.append, list.sort, dict.get, dict.pop,
            dict.fromkeys, bytes.hex, int.to_bytes, int.from_bytes, float.fromhex, "".startswith, [].index, {}.setdefault,
            object.__init__, type, functools.reduce, functools.partial(int, base=16), sorted.__call__):
    print(getattr(obj, "__qualname__", type(obj).__name__), sig(obj))
import bisect, zlib, binascii, hashlib, itertools as itl, array, signal, cmath, warnings, _warnings, bz2, lzma, queue, asyncio
for obj in (bisect.bisect_left, bisect.insort, zlib.compress, zlib.decompressobj, binascii.b2a_base64, binascii.hexlify,
            hashlib.sha256, hashlib.new, hashlib.scrypt, math.prod, cmath.isclose, _warnings.warn, array._array_reconstructor,
            signal.default_int_handler, itl.accumulate, itl.groupby, itl.permutations, itl.tee, itl.pairwise, itl.starmap,
            io.BytesIO, io.FileIO, io.TextIOWrapper, io.BufferedReader, io.IncrementalNewlineDecoder, bz2.BZ2Compressor,
            lzma.LZMADecompressor, queue.SimpleQueue, asyncio.Future, asyncio.Task, struct.Struct.unpack_from):
    print(getattr(obj, "__qualname__", type(obj).__name__), sig(obj))
print(inspect.getfullargspec(bisect.bisect_left), inspect.signature(zlib.compress).parameters["level"].default)
print([(p.name, p.kind.name) for p in inspect.signature(open).parameters.values()][:3])
def fn(a, /, b, c=2, *args, d, e=5, **kw) -> int:
    "Docstring.\n\n    More."
class K:
    def __init__(self, x, y=1): pass
    def meth(self, z): pass
    @classmethod
    def cm(cls, q): pass
    @staticmethod
    def sm(r, s=0): pass
s = inspect.signature(fn)
print(s, s.return_annotation, [(p.name, p.kind.name, p.default) for p in s.parameters.values()])
print(sig(K), sig(K(1).meth), sig(K.cm), sig(K.sm), sig(functools.partial(fn, 1, d=3)), sig(lambda *, k: 0))
b = s.bind(1, 2, 3, 4, d=9, z=1)
b.apply_defaults()
print(b.arguments, b.args, b.kwargs)
try:
    s.bind(1)
except TypeError as e:
    print("TypeError", e)
print(s.replace(return_annotation=inspect.Signature.empty), inspect.Parameter("x", inspect.Parameter.KEYWORD_ONLY, default=None))
print(inspect.getdoc(fn), inspect.cleandoc("  a\n    b\n  c"), inspect.getdoc(len))
print(inspect.isbuiltin(len), inspect.isfunction(fn), inspect.ismethod(K(1).meth), inspect.isclass(K), inspect.isroutine(str.split),
      inspect.ismethoddescriptor(str.split), inspect.isgeneratorfunction(fn), inspect.iscoroutinefunction(fn), inspect.ismodule(os))
print([n for n, _ in inspect.getmembers(K, inspect.isfunction)], inspect.getfullargspec(fn))
print(inspect.getmodule(fn).__name__, inspect.getsourcelines(fn)[1], inspect.getsource(K.meth).strip())
print(type(inspect.getattr_static(K, "cm")).__name__, inspect.getmro(bool), inspect.unwrap(functools.wraps(fn)(lambda: 0)) is fn)
print(inspect.getcallargs(fn, 1, 2, d=4), inspect.formatannotation(list[int]))
def gen():
    yield 1
g = gen()
print(inspect.getgeneratorstate(g), next(g), inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
fr = inspect.currentframe()
print(inspect.getframeinfo(fr)[2], inspect.stack()[0].function, inspect.getouterframes(fr)[0].lineno > 0)
