# unicodedata.lookup resolves formal aliases and named sequences; \N{}
# takes aliases only; the 3.2.0 database takes neither.
import unicodedata
for name in ['LATIN CAPITAL LETTER GHA', 'latin small letter gha', 'KANNADA LETTER LLLA', 'LAO LETTER FO FON',
             'BYZANTINE MUSICAL SYMBOL FTHORA SKLIRON CHROMA VASIS', 'NBSP', 'BEL', 'LINE FEED', 'BOM']:
    c = unicodedata.lookup(name)
    print(name, hex(ord(c)), unicodedata.name(c, '?'))
for name in ['LATIN SMALL LETTER R WITH TILDE', 'TAMIL SYLLABLE SAI', 'TAMIL CONSONANT KSS', 'KEYCAP DIGIT ONE']:
    print(name, [hex(ord(c)) for c in unicodedata.lookup(name)])
    try:
        eval(r'"\N{%s}"' % name)
    except SyntaxError as e:
        print("SyntaxError", e.msg)
    try:
        unicodedata.ucd_3_2_0.lookup(name)
    except KeyError as e:
        print("KeyError", e)
print("\N{LATIN CAPITAL LETTER GHA}" == "\u01a2")
try:
    unicodedata.ucd_3_2_0.lookup('LATIN CAPITAL LETTER GHA')
except KeyError as e:
    print("KeyError", e)
