# Native modules whose types are created on first import (not at process
# start): their types, class attributes and exceptions are complete.
import _datetime
import itertools
import pickle
import _socket
import datetime

print(_datetime.timedelta.max, _datetime.date.min, _datetime.time.max, _datetime.datetime.resolution)
print(_datetime.timezone.utc, _datetime.timezone.min, datetime.date(2024, 1, 1).isocalendar())
print(type(datetime.date(2024, 1, 1).isocalendar()).__name__, pickle.loads(pickle.dumps(datetime.date(2024, 5, 6).isocalendar())))
print(datetime.datetime is _datetime.datetime)
names = ["accumulate", "chain", "combinations", "combinations_with_replacement", "compress", "count",
         "cycle", "dropwhile", "filterfalse", "groupby", "islice", "pairwise", "permutations", "product",
         "repeat", "starmap", "takewhile", "zip_longest", "_grouper", "_tee", "_tee_dataobject"]
print([getattr(itertools, n).__name__ for n in names])
print(list(itertools.islice(itertools.count(5), 3)), list(itertools.pairwise("abc")))
a, b = itertools.tee([1, 2])
print(type(a).__name__, list(a), list(b))
print(_socket.socket.__name__, _socket.SocketType is _socket.socket, _socket.herror.__mro__[1].__name__,
      _socket.gaierror.__module__, issubclass(_socket.gaierror, OSError))
s = _socket.socket()
print(type(s).__module__, s.family, s.type)
s.close()
try:
    _socket.getaddrinfo("host.invalid.", 80, 0, 0, 0, _socket.AI_NUMERICHOST)
except _socket.gaierror as e:
    print("gaierror", type(e).__name__)
import lzma
d = lzma.compress(b"hello" * 10, check=lzma.CHECK_CRC64)
print(lzma.decompress(d) == b"hello" * 10, len(d))
