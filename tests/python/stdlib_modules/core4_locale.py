# _locale and locale: setlocale with the C, POSIX and C.UTF-8 locales and
# refused names, composite LC_ALL names, localeconv, nl_langinfo, strcoll,
# strxfrm, getencoding, gettext functions, and locale-aware formatting.
import _locale as L
import locale


def show(f, *a):
    try:
        print(f.__name__, a, repr(f(*a)))
    except Exception as e:
        print(f.__name__, a, type(e).__name__, e)


print(L.setlocale(L.LC_CTYPE), L.setlocale(L.LC_NUMERIC))
for n in ["C", "POSIX", "C.UTF-8", "C.utf8", "C.UTF8", "C.utf-8", "c", "en_US.UTF-8",
          "C.ascii", "POSIX.UTF-8", "LC_CTYPE=C;LC_NUMERIC=C", "xx_YY"]:
    show(L.setlocale, L.LC_ALL, n)
L.setlocale(L.LC_ALL, "C")
L.setlocale(L.LC_CTYPE, "C.UTF-8")
print(L.setlocale(L.LC_ALL))
L.setlocale(L.LC_NUMERIC, "C.UTF-8")
composite = L.setlocale(L.LC_ALL)
print(composite)
L.setlocale(L.LC_ALL, "C")
show(L.setlocale, L.LC_ALL, composite)
print(L.setlocale(L.LC_NUMERIC), L.setlocale(L.LC_TIME))
for a in [("x",), (2**40,), (99,), (99, "C"), (-1,), (7,), (12, "C.UTF-8"), (0, "C\0"), (0, 5), ()]:
    show(L.setlocale, *a)
show(L.localeconv, 1)
print(L.localeconv())
print(L.LC_ALL, L.LC_CTYPE, L.LC_NUMERIC, L.LC_TIME, L.LC_COLLATE, L.LC_MONETARY, L.LC_MESSAGES, L.CHAR_MAX)
print(L.Error, L.Error.__mro__, locale.Error is L.Error)
for loc in ("C", "C.UTF-8"):
    L.setlocale(L.LC_ALL, loc)
    for k in sorted(dir(L)):
        if k.isupper() and not k.startswith("LC_") and k not in ("CHAR_MAX",):
            print(loc, k, getattr(L, k), repr(L.nl_langinfo(getattr(L, k))))
    print(L.getencoding(), L.strcoll("a", "z"), L.strcoll("z", "a"), L.strcoll("é", "a"),
          L.strcoll("a€", "a"), L.strcoll("", "abc"), L.strcoll("x", "x"), repr(L.strxfrm("aé€z")))
for a in [(12345,), ("x",), (2**40,)]:
    show(L.nl_langinfo, *a)
show(L.strcoll, "a\0b", "a")
show(L.strcoll, 1, "a")
show(L.strcoll, "a", b"a")
show(L.strxfrm, "a\0b")
show(L.strxfrm, b"x")
show(L.textdomain, "dom")
show(L.textdomain, None)
show(L.textdomain, 3)
show(L.bindtextdomain, "dom", "/tmp")
show(L.bindtextdomain, "dom", None)
show(L.bindtextdomain, "other", None)
show(L.bindtextdomain, "", None)
show(L.bind_textdomain_codeset, "dom", None)
show(L.bind_textdomain_codeset, "dom", "utf-8")
show(L.bind_textdomain_codeset, "dom", None)
show(L.gettext, "x")
show(L.gettext, 1)
show(L.dgettext, None, "m")
show(L.dcgettext, "d", "m", L.LC_MESSAGES)
L.setlocale(L.LC_ALL, "C")
print(format(1234567.5, "n"), format(1234567, "n"), format(12345.678, ".3n"), "{:n}".format(10**6))
print(locale.format_string("%.2f", 1234.5, grouping=True), locale.format_string("%d items", 1234567, grouping=True))
print(locale.str(1.25), locale.atof("1.5"), locale.atoi("12"), locale.delocalize("1234.5"), locale.localize("1234.5"))
try:
    locale.currency(1.5)
except ValueError as e:
    print("ValueError", e)
print(locale.getlocale(), locale.getlocale(locale.LC_NUMERIC), locale.normalize("en_US.utf8"), locale.normalize("C.UTF-8"))
print(locale.getpreferredencoding(False), locale.getencoding())
print(locale.setlocale(locale.LC_ALL, ("C", None)) if False else locale.setlocale(locale.LC_NUMERIC, "C"))
print(sorted(locale.strxfrm(s) for s in ["b", "a", "C"]), sorted(["b", "a", "C"], key=locale.strxfrm))
print(locale.getlocale(locale.LC_CTYPE))
