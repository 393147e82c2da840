# Files dropped without close() are flushed and closed as CPython's
# reference counting does; a live unflushed writer is not flushed early.
import _io
import posix

def write_text(name, s):
    _io.open(name, 'w').write(s)

write_text('_krait_io_unclosed_a.tmp', 'written without close\n')
print(repr(_io.open('_krait_io_unclosed_a.tmp').read()))
def write_binary(name, b):
    _io.open(name, 'wb').write(b)

write_binary('_krait_io_unclosed_b.tmp', b'binary too')
print(_io.open('_krait_io_unclosed_b.tmp', 'rb').read())
f = _io.open('_krait_io_unclosed_c.tmp', 'w')
f.write('still open')
print(repr(_io.open('_krait_io_unclosed_c.tmp').read()))
f.close()
print(repr(_io.open('_krait_io_unclosed_c.tmp').read()))
for n in 'abc':
    posix.unlink('_krait_io_unclosed_%s.tmp' % n)
