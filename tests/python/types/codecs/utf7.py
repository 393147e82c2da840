import codecs
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for s in ['', 'abc', 'a+b', 'Hi Mom -☺-!', '日本語', 'A≢Α.', '~\\', '\U0001f600x', 'a\ud800b', '\udc00', 'a-b', '+-', 'é-', 'é.', 'éa', '\x00\x7f', 'x' * 3 + '€' * 5 + 'y']:
    t(lambda: s.encode('utf-7'))
    t(lambda: s.encode('utf-7').decode('utf-7') == s)
for b in [b'+', b'+-', b'+A', b'+AG', b'+AGE', b'+AGE-', b'+AGEA-', b'+AGEAZQ', b'a\xffb', b'+!', b'+2D3eAA-', b'+2D0-', b'+2D0A', b'+3gA-', b'~\\', b'+ZeVnLIqe-x', b'+AGEx', b'+AGE!']:
    for errors in ['strict', 'replace', 'ignore', 'backslashreplace', 'surrogateescape']:
        t(lambda: b.decode('utf-7', errors))
    t(lambda: codecs.utf_7_decode(b, 'strict', False))
    t(lambda: codecs.utf_7_decode(b, 'replace', True))
d = codecs.getincrementaldecoder('utf-7')()
t(lambda: [d.decode(bytes([c])) for c in b'a+AGEAZQ-b'])
