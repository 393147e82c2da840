# Source files may declare any codec of the registry, CJK ones included.
d = {}
exec(b'# coding: cp949\na = "\xaa\xa7"\n', d)
print(ascii(d['a']))
exec(b'# -*- coding: cp932 -*-\nb = "\x94\x4e"\n', d)
print(ascii(d['b']))
exec(b'# vim: set fileencoding=big5hkscs :\nc = "\xa4\xa4"\n', d)
print(ascii(d['c']))
for src in [b"# coding: cp932\nprint '\x94\x4e'\n", b'# coding: cp932\nx = "\x81"\n', b'# coding: rot13\nx=1\n',
            b'# coding: nosuch\nx=1\n', b'# coding: euc_jis_2004\nx = "\xa4\xa2"\n']:
    try:
        exec(compile(src, 'dummy', 'exec'), d)
        print(ascii(d['x']))
    except SyntaxError as v:
        print(ascii(v.text), v.msg)
import tempfile, os, sys, importlib
with tempfile.TemporaryDirectory() as tmp:
    with open(os.path.join(tmp, "kmod.py"), "wb") as f:
        f.write('# coding: shift_jis_2004\nname = "日本語"\n'.encode('shift_jis_2004'))
    sys.path.insert(0, tmp)
    import kmod
    print(ascii(kmod.name))
