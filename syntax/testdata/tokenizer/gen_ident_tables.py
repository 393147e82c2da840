# Generates syntax/ident_tables.go from python3.11's own character classes:
# the identifier classes str.isidentifier() uses (XID_Start, XID_Continue in
# CPython's Unicode version) and str.isprintable(). Run from syntax/:
#   python3.11 testdata/tokenizer/gen_ident_tables.py > ident_tables.go
import sys

def ranges(pred):
    out, lo = [], None
    for cp in range(0x80, 0x110000):
        ok = pred(chr(cp))
        if ok and lo is None:
            lo = cp
        elif not ok and lo is not None:
            out.append((lo, cp - 1))
            lo = None
    if lo is not None:
        out.append((lo, 0x10FFFF))
    return out

def emit(name, doc, rs):
    print(f"// {name} {doc}")
    print(f"var {name} = []rng{{")
    line = "\t"
    for lo, hi in rs:
        item = f"{{0x{lo:X}, 0x{hi:X}}}, "
        if len(line) + len(item) > 96:
            print(line.rstrip())
            line = "\t"
        line += item
    print(line.rstrip())
    print("}")
    print()

print(f"// This file defines the non-ASCII character classes of identifiers and of")
print(f"// printable characters, generated from python{sys.version_info[0]}.{sys.version_info[1]} "
      f"(Unicode {__import__('unicodedata').unidata_version})")
print("// by testdata/tokenizer/gen_ident_tables.py. DO NOT EDIT.")
print()
print("package syntax")
print()
emit("xidStart", "lists the non-ASCII code points that may start an identifier.",
     ranges(lambda c: c.isidentifier()))
emit("xidContinue", "lists the non-ASCII code points that may continue an identifier.",
     ranges(lambda c: ("a" + c).isidentifier()))
emit("printable", "lists the non-ASCII code points str.isprintable() accepts.",
     ranges(lambda c: c.isprintable()))
