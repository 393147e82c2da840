import encodings, codecs
print(codecs.lookup('cp1252').name, codecs.lookup('UTF-8').name, codecs.lookup('latin_1').name)
print('x€'.encode('cp437', 'replace'), 'é'.encode('cp437'), b'\x82'.decode('cp437'))
d = codecs.getincrementaldecoder('utf-8')()
print(repr(d.decode(b'\xc3')), repr(d.decode(b'\xa9')))
d = codecs.getincrementaldecoder('utf-16')()
print(repr(d.decode(b'\xff')), repr(d.decode(b'\xfea')), repr(d.decode(b'\x00')))
e = codecs.getincrementalencoder('utf-16')()
print(e.encode('a'), e.encode('b'))
print(codecs.encode(b'abc', 'hex'), codecs.decode('uryyb', 'rot13'))
print('ü'.encode('cp850'), 'ж'.encode('koi8-r'), b'\xd6'.decode('koi8_r'), 'ä'.encode('mac-roman'))
try:
    'x'.encode('nonesuch')
except LookupError as e:
    print(e)
try:
    'x'.encode('hex')
except LookupError as e:
    print(e)
print(codecs.utf_8_decode(b'ab'), codecs.BOM_UTF8, codecs.strict_errors)
import io
print(str(b'\xe9', 'cp1252'), bytes('€', 'cp1252'), bytearray('€', 'cp1252'))
r = codecs.getreader('utf-8')(io.BytesIO('héllo\nwörld\n'.encode()))
print(r.readline(), r.read())
print('日本'.encode('shift_jis') if False else '')
print(codecs.iterdecode([b'\xc3', b'\xa9'], 'utf-8').__next__())
for name in ['cp437', 'cp850', 'cp1251', 'cp1252', 'iso8859_2', 'iso8859_15', 'koi8_r', 'mac_roman', 'latin_1', 'ascii', 'utf_8_sig', 'utf_16', 'utf_32', 'unicode_escape', 'raw_unicode_escape', 'cp037', 'hp_roman8', 'tis_620']:
    s = 'Aé€ж\u0e01'
    for errors in ['strict', 'replace', 'ignore', 'xmlcharrefreplace', 'backslashreplace', 'namereplace']:
        try:
            b = s.encode(name, errors)
            print(name, errors, b, b.decode(name, 'replace'))
        except Exception as e:
            print(name, errors, type(e).__name__, e)
print(codecs.lookup('UTF-8-SIG').name, '\ufeffx'.encode('utf-8-sig'), b'\xef\xbb\xbfx'.decode('utf-8-sig'))
sr = codecs.StreamRecoder(io.BytesIO('é'.encode('latin-1')), codecs.getencoder('utf-8'), codecs.getdecoder('utf-8'), codecs.getreader('latin-1'), codecs.getwriter('latin-1'))
print(sr.read())
print(list(codecs.iterencode(['a', 'é'], 'utf-16')))
print(codecs.encode('abc', 'base64') if False else codecs.encode(b'abc', 'base64'), codecs.decode(b'YWJj\n', 'base64'))
print(codecs.encode('hello', 'rot_13'), codecs.encode(b'a b', 'quopri'), codecs.encode(b'\x00\x01', 'uu')[:10])
