# str() of the Unicode errors reads their attributes as they are now,
# converting a non-str encoding or reason with str().
for e in [UnicodeEncodeError('enc', 'abcdef', 2, 4, 'why'),
          UnicodeDecodeError('dec', b'abcdef', 2, 4, 'why'),
          UnicodeTranslateError('abcdef', 2, 4, 'why')]:
    print(type(e).__name__, str(e))
    e.end = 3
    print(str(e))
    e.reason = 12345678901234567890
    print(str(e))
    e.encoding = 77
    print(str(e))
    e.start = 50
    print(str(e))
    e.encoding = None
    print(str(e))
