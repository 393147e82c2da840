print(b'%s %d %x %c %r %a' % (b'bytes', 5, 255, 65, b'r', 'é'))
print(b'%5s|%-5s|%05d|%.2f' % (b'ab', b'cd', 42, 3.14159))
print(b'%c%c' % (b'x', 0x79), b'%(k)s' % {b'k': b'v'}, b'%%')
for bad in [(b'%s', 'str'), (b'%c', 256), (b'%c', b'ab'), (b'%d', b'1')]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(bytearray(b'%s-%d') % (b'x', 1), type(bytearray(b'%s') % b'y').__name__)
