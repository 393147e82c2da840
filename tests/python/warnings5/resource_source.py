# An unclosed socket's ResourceWarning carries the socket as its source
# (PyErr_ResourceWarning), so warnings' display adds the tracemalloc hint.
import gc
import socket
import warnings


def leak():
    socket.socket()


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    leak()
    gc.collect()
for m in w:
    print(m.category.__name__, str(m.message).split(' fd=')[0], type(m.source).__name__)
    print(warnings._formatwarnmsg(m).splitlines()[-1])
