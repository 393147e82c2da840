import sys, select, io, os
print(sys.stdin.isatty(), sys.stdout.isatty(), sys.stdin.encoding, sys.stdout.encoding, sys.stderr.errors, sys.stdout.errors)
print(repr(sys.stdin.read()), sys.stdin.readline() == "", list(sys.stdin))
print(sys.stdout.line_buffering, sys.stderr.line_buffering, type(sys.stdout.buffer).__name__, sys.stdin.buffer.raw.name if hasattr(sys.stdin.buffer, "raw") else None)
try:
    x = input("prompt> ")
except EOFError as e:
    print("\nEOFError", e)
print(sys.__stdout__ is sys.stdout, sys.stdin.fileno(), sys.stdout.fileno())
sys.stdout.write("é\n")
sys.stdout.buffer.write(b"raw bytes\n")
sys.stdout.flush()
print("\udcff".encode("utf-8", "surrogateescape"))
try:
    print("\ud800")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
sys.stdout.reconfigure(errors="replace")
print("\ud800")
print(*range(5), sep=", ", end=" END\n")
print("to stderr", file=sys.stderr) if False else None
print(end="")
print(repr(sys.stdout.newlines), sys.stdout.mode, sys.stdout.name, sys.stdin.name)
