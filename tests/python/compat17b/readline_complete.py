# Tab completion and key bindings of readline's line editor: the word
# before the cursor goes to the completer, one match replaces it, several
# give their common prefix and, on a second Tab, the display hook; macros
# and rebound keys from parse_and_bind; the pre-input hook with
# insert_text; get_line_buffer, get_begidx and get_endidx.
import _ptyrun

SCRIPT = r"""
import readline
WORDS = ["alpha", "alpine", "beta", "b\xe9ta", "gamma"]
def completer(text, state):
    if state == 0:
        print("OUT complete", ascii(text), ascii(readline.get_line_buffer()),
              readline.get_begidx(), readline.get_endidx())
    matches = [w for w in WORDS if w.startswith(text)]
    return matches[state] if state < len(matches) else None
def display(substitution, matches, longest):
    print("OUT display", ascii(substitution), ascii(matches), longest)
readline.set_completer(completer)
readline.set_completion_display_matches_hook(display)
readline.parse_and_bind("tab: complete")
readline.parse_and_bind(r'"\C-t": "x=\"q\" "')
readline.parse_and_bind("Control-y: beginning-of-line")
readline.parse_and_bind(r'"\eb": backward-char')
hooked = []
def pre_input():
    if not hooked:
        hooked.append(1)
        readline.insert_text("pre ")
        readline.redisplay()
readline.set_pre_input_hook(pre_input)
for i in range(6):
    try:
        line = input("@> ")
    except EOFError:
        break
    print("OUT", i, ascii(line))
"""

keys = [
    b"ga\t\r",              # one match: "pre gamma"
    b"al\t\t\tp\t\r",       # common prefix "alp", a bell, a listing
    b"x, b\xc3\xa9\tz\r",   # non-ASCII word after a delimiter
    b"\x14end\x19[\r",       # a macro with escapes; Control-y rebound
    b"abc\x1bbX\r",          # ESC b rebound
    b"zzz\t\r",              # no match
]
for line in _ptyrun.run(SCRIPT, keys):
    print(line)
