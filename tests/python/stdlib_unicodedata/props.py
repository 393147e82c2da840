import unicodedata as u
print(u.unidata_version)
chars = 'aZ5½²①Ⅻ\u0300 \t\n€中가ﬁÅé\u200d٣\U0001F600\U00020000\uF900\U00017000\u0378\ue000\U0001D7CE\u2028(]\u00ad〇'
for c in chars:
    print(hex(ord(c)), u.category(c), u.bidirectional(c), u.combining(c), u.east_asian_width(c), u.mirrored(c),
          repr(u.decomposition(c)), u.name(c, None), u.decimal(c, None), u.digit(c, None), u.numeric(c, None))
for n in ['LATIN SMALL LETTER A', 'latin small letter a', 'HANGUL SYLLABLE GAG', 'CJK UNIFIED IDEOGRAPH-4E2D', 'CJK COMPATIBILITY IDEOGRAPH-F900', 'TANGUT IDEOGRAPH-17000', 'EURO SIGN', 'NOPE', 'CJK UNIFIED IDEOGRAPH-0041', 'HANGUL SYLLABLE XX']:
    try: print(n, ascii(u.lookup(n)))
    except KeyError as e: print('KeyError', e)
for f in [lambda: u.category('ab'), lambda: u.category(1), lambda: u.name('\n'), lambda: u.decimal('a'), lambda: u.digit('a'), lambda: u.numeric('a'), lambda: u.normalize('X', 'a'), lambda: u.normalize('NFC', 1), lambda: u.lookup(1)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
s = 'Å ﬁ é ｶ ㍻ e\u0301 \u1e9b\u0323 가'
for form in ('NFC', 'NFD', 'NFKC', 'NFKD'):
    n = u.normalize(form, s)
    print(form, ascii(n), u.is_normalized(form, s), u.is_normalized(form, n))
print(sum(1 for c in range(0x3000) if u.category(chr(c)) == 'Lu'), sum(u.combining(chr(c)) for c in range(0x3000)))
print(sum(u.numeric(chr(c), 0) for c in range(0x10000)))
