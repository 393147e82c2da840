CORPUS = ['', 'a', 'abc', 'ABC', 'Hello, World!', '  padded  ', 'MiXeD cAsE wOrDs', 'ß', 'straße', 'ǅungla ǈub', 'ﬁﬂ', 'İıI', 'ΣΑΣ', 'Σ', 'όσος', 'ŉ', 'ὒ', 'Ⅻ', '日本語テキスト', 'e\u0301', '\t\n\x0b\x0c\r\x1c\x85\u2028', '123', '٣.١٤', 'x_y-z', 'a\x00b', 'ꭰꮿ', '𝐀𝐁𝐂', 'Straße Ω Ꮳ']

def show(name, f):
    for s in CORPUS:
        try:
            r = f(s)
        except Exception as e:
            r = type(e).__name__ + ': ' + str(e)
        print(name, repr(s), '->', repr(r))
show('s.isdecimal()', lambda s: s.isdecimal())
