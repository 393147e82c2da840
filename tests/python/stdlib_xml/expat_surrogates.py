# Parse() of a str with lone surrogates raises str.encode's UnicodeEncodeError.
import pyexpat
for s in ["<a>\ud800</a>", "<a>x\udfffy</a>"]:
    try:
        pyexpat.ParserCreate().Parse(s, True)
    except Exception as e:
        print(type(e).__name__, e, e.args if isinstance(e, UnicodeError) else "")
