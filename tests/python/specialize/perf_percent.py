# %-formatting of small ints takes an int64 path: every flag, width, precision
# and alternate form must match CPython, as must big ints, bools and floats.
vals = [0, 1, -1, 7, -255, 2**63-1, -2**63, 2**64, -2**70, True, 3.7, -2.5]
for v in vals:
    for f in ["%d", "%i", "%u", "%5d", "%-6d|", "%05d", "%+d", "% d", "%.3d", "%x", "%#x", "%X", "%#X", "%o", "%#o", "%#10.4x", "%-#8o|"]:
        try:
            print(f, repr(v), f % v)
        except TypeError as e:
            print(f, repr(v), "TypeError", e)

