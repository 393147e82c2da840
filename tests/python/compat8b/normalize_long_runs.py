# unicodedata.normalize orders a whole run of more than 30 combining marks
# (no U+034F inserted, as the Stream-Safe format would), then composes.
import unicodedata as u

def show(label, s):
    for f in ("NFD", "NFKD", "NFC", "NFKC"):
        for db in (u, u.ucd_3_2_0):
            r = db.normalize(f, s)
            print(label, f, len(r), " ".join("%x" % ord(c) for c in r[:6]), r.count("\u034f"),
                  r.count("\u0327"), r.count("\u0300"), r.count("\u0301"))

show("long", "a" + "\u0300\u0327" * 32)
show("short", "a" + "\u0300\u0327" * 9 + "\u0300")
show("sorted", "a" + "\u0327" * 30 + "\u0300" * 30)
show("cgj", "a" + "\u0300" * 31 + "\u034f" + "\u0327")
show("two", "e" + "\u0301\u0327" * 20 + "x" + "\u0300\u0327" * 20 + "\u00c5")
show("hangul", "\u1100\u1161\u11a8" + "\u0300" * 35)
show("compat", "\ufb01" + "\u0301\u0323" * 18 + "\u2460")
print(u.normalize("NFC", "o" + "\u031b\u0323" * 16 + "\u0302") == u.normalize("NFC", u.normalize("NFD", "o" + "\u031b\u0323" * 16 + "\u0302")))
print(u.is_normalized("NFD", "a" + "\u0327" * 30 + "\u0300" * 30))
