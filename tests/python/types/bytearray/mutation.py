ba = bytearray(b'hello')
ba[0] = ord('H')
ba[1:3] = b'EE'
ba.append(33)
ba.extend(b' wo')
ba.extend([114, 108])
ba += b'd'
ba.insert(0, 62)
print(ba, len(ba))
print(ba.pop(), ba.pop(0), ba)
ba.remove(ord('E'))
print(ba)
del ba[0]
del ba[::2]
print(ba)
ba.reverse()
print(ba)
ba.clear()
print(ba, ba.copy(), bytearray(3))
for bad in [lambda: bytearray(b'a').append(256), lambda: bytearray(b'a').remove(99), lambda: bytearray().pop(), lambda: bytearray(b'a').__setitem__(0, -1), lambda: bytearray(b'ab').__setitem__(slice(0, 2), 5)]:
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
