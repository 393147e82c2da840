# Decimal int literals longer than sys.get_int_max_str_digits() are
# SyntaxErrors on the literal's lines, without columns; b'' is a singleton.
import ast, sys

def attempt(label, f):
    try:
        r = f()
        print(label, "ok", r if not isinstance(r, int) else len(str(r)) if r.bit_length() < 20000 else r.bit_length())
    except SyntaxError as e:
        print(label, type(e).__name__, e.msg[:120], e.lineno, e.offset, e.end_lineno, e.end_offset, (e.text or "")[:12])
    except ValueError as e:
        print(label, type(e).__name__, str(e)[:80])

attempt("4300", lambda: eval("3" * 4300))
attempt("4301", lambda: eval("3" * 4301))
attempt("underscores", lambda: eval("1_0" + "0" * 4300))
attempt("hex", lambda: eval("0x" + "f" * 5000))
attempt("octal", lambda: eval("0o" + "7" * 5000))
attempt("line2", lambda: exec("y = 1\nx = " + "3" * 4301))
attempt("paren", lambda: exec("x = (1 +\n  " + "3" * 4301 + ")"))
attempt("before-error", lambda: exec("x = (1 + " + "3" * 4301 + " +)"))
attempt("fstring", lambda: exec("x = f'{" + "3" * 4301 + "}'"))
attempt("float", lambda: eval("3" * 5000 + ".0") > 0)
attempt("imag", lambda: eval("3" * 5000 + "j") != 0)
attempt("literal_eval", lambda: ast.literal_eval("3" * 4301))
sys.set_int_max_str_digits(700)
attempt("700", lambda: eval("3" * 700))
attempt("701", lambda: eval("3" * 701))
sys.set_int_max_str_digits(0)
attempt("unlimited", lambda: eval("3" * 5000))
sys.set_int_max_str_digits(640)
attempt("640", lambda: eval("3" * 640))
attempt("641", lambda: eval("3" * 641))

e = b''
print(e is b''.join([]), e is bytes(), e is b'a'[:0], e is bytes(0), e is b'ab'.strip(b'ab'),
      e is bytes(bytearray()), e is b'x'[:0] * 3, e is e.replace(b'a', b'b'), e is bytes([]))
ns = {}
tree = ast.parse("x = 123")
tree.body[0].value = ast.copy_location(ast.Constant(value=e), tree.body[0].value)
exec(compile(tree, "<string>", "exec"), ns)
print(ns["x"] is e)
