# input() at a terminal edits the line through readline once it is
# imported: cursor movement, deletion, kill commands, history, end of input
# and Ctrl-C, each line's result printed by the child.
import _ptyrun

SCRIPT = r"""
import readline
readline.add_history("first entry")
readline.add_history("second entry")
for i in range(9):
    try:
        line = input("@> ")
    except EOFError:
        print("OUT eof")
        break
    except KeyboardInterrupt:
        print("OUT interrupted")
        continue
    print("OUT", i, ascii(line))
print("OUT history", readline.get_current_history_length(), ascii(readline.get_history_item(3)))
"""

keys = [
    b"hello\x01X\x05Y\x7f\x1b[DZ\r",   # Ctrl-A, Ctrl-E, backspace, left arrow
    b"abc def\x17\x17xyz\r",            # Ctrl-W twice
    b"one two\x01\x06\x06\x0bQ\r",      # Ctrl-F twice, Ctrl-K
    b"gone\x15kept\r",                  # Ctrl-U
    b"\x1b[A\x1b[A\r",                   # up twice: "kept" then the fourth line
    b"\x10\x10\x10\x0e\r",              # Ctrl-P three times, Ctrl-N once
    b"\xc3\xa9t\xc3\xa9\x02\x02\x04\r",  # non-ASCII text, Ctrl-D deletes
    b"partial\x03",                       # Ctrl-C
    b"\x04",                              # Ctrl-D on an empty line
]
for line in _ptyrun.run(SCRIPT, keys):
    print(line)
