words = ['hello', 'HELLO', 'Hello World', 'hello-world_foo bar', "they're bill's", 'ß', 'ǅungla', 'ﬁne', 'İstanbul', 'ΣΑΣ ΟΔΟΣ', 'ŉ', 'ﬃ', 'groß', 'ǈ', '123abc', 'aBc DeF', '', 'ꭰ']
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.casefold()), repr(w.title()), repr(w.capitalize()), repr(w.swapcase()))
