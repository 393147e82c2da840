# inspect.signature over the C-implemented stdlib the way doc tools (pydoc, sphinx autodoc, CLI
# generators) walk it: a ValueError where CPython's function has no signature, CPython's text
# otherwise, for module functions, classes and their methods.
import inspect, collections, io, time, itertools, datetime, zlib, bisect, hashlib, array, signal, operator, _stat, atexit, struct

def sig(obj):
    try:
        return str(inspect.signature(obj))
    except ValueError:
        return "no signature"

for obj in (collections.deque.append, collections.deque().popleft, collections.OrderedDict.keys, collections.defaultdict.copy,
            io.BufferedReader.close, io.BytesIO.getvalue, io.StringIO.read, io.StringIO.seek, io.TextIOWrapper.reconfigure,
            io.BufferedReader.peek, time.time, time.sleep, time.perf_counter_ns, time.strftime, time.localtime,
            _stat.S_ISDIR, atexit.register, atexit.unregister, datetime.date.isoformat, datetime.datetime.now,
            datetime.date.fromisoformat, datetime.timedelta.total_seconds, itertools.chain.from_iterable, itertools.islice,
            itertools.count(1).__reduce__, zlib.crc32, zlib.compressobj().compress, bisect.insort_left, hashlib.md5,
            array.array("i").pop, array.array.index, signal.signal, operator.itemgetter, operator.attrgetter("a"), struct.Struct("i").unpack_from,
            open, print, io.open, io.open_code, array._array_reconstructor, signal.default_int_handler):
    print(getattr(obj, "__qualname__", repr(obj)), "->", sig(obj))
for name in ("count", "accumulate", "groupby", "tee", "permutations", "product", "zip_longest", "chain"):
    print("itertools." + name, sig(getattr(itertools, name)))
for cls in (io.StringIO, io.BytesIO, io.FileIO, io.BufferedWriter, collections.deque, collections.OrderedDict, datetime.timedelta):
    print(cls.__name__, sig(cls))
print(inspect.signature(bisect.bisect_right).parameters["hi"].default, inspect.signature(zlib.decompress).parameters["bufsize"].default)
ba = inspect.signature(zlib.compress).bind(b"data", level=9)
ba.apply_defaults(); print(ba.arguments)
print(io.StringIO.read.__text_signature__, collections.deque.append.__text_signature__, time.time.__text_signature__)
