samples = ['', 'abc', 'ABC', 'Abc', 'abc123', '123', '١٢٣', '½', '²', '3.5', ' ', '\t\n', 'a b', 'Title Case', 'Title case', 'ǅ', 'ß', 'é', 'e\u0301', '_x', 'x1', '1x', 'class', '\x00', '日本', 'Ⅻ', '\u2028', 'ascii\x7f', 'ünï']
for s in samples:
    print(repr(s), [s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(), s.isspace(), s.islower(), s.isupper(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii()])
