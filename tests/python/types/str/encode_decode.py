s = 'héllo wörld €𝄞'
for enc in ['utf-8', 'utf-16', 'utf-16-le', 'utf-32-be', 'latin-1', 'ascii', 'cp1252']:
    for err in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace']:
        try:
            print(enc, err, s.encode(enc, err))
        except UnicodeEncodeError as e:
            print(enc, err, 'UnicodeEncodeError', e)
b = b'caf\xc3\xa9 \xff\xfe'
for err in ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape']:
    try:
        print(err, repr(b.decode('utf-8', err)))
    except UnicodeDecodeError as e:
        print(err, e)
print('\udcff'.encode('utf-8', 'surrogateescape'), 'abc'.encode(), str(b'abc', encoding='ascii'))
