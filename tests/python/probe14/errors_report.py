# Error reporting: each snippet runs as its own script; its exit status and stderr
# (tracebacks with 3.11's caret lines, SyntaxError reports, notes, groups, warnings) are printed.
import os, re, subprocess, sys, tempfile

SNIPPETS = ['d = {"a": {"b": None}}\nprint(d["a"]["b"]["c"])',
 'def f(x): return x.foo.bar\nf(type("O", (), {"foo": None})())',
 'a, b = 1, 0\nprint(a / b + 2 * (a - b))',
 'nums = [1, 2]\ntotal = sum(n for n in nums) + nums[5]',
 'x = (1 +\n     2 + None)',
 'def g():\n    return [1][0] + \\\n        "s"\ng()',
 'if True\n    print(1)',
 'print("unterminated)',
 'def f():\n  return 1\n    return 2',
 'x = [1, 2\ny = 3',
 'print(f"{1+}")',
 'class A:\ndef f(): pass',
 'for i in range(3): print(i)\n    print("bad")',
 'x = 1 +* 2',
 'def f(a, a): pass',
 'return 5',
 'prnt("x")',
 'import colections',
 's = "abc"; s.uper()',
 '"abc".foo(1, 2)',
 'try:\n    {}["x"]\nexcept KeyError:\n    raise RuntimeError("handler failed")',
 'sys.tracebacklimit = 1\ndef a(): b()\ndef b(): raise ValueError("deep")\na()',
 'raise ExceptionGroup("many", [ValueError("a"), ExceptionGroup("inner", [TypeError("b")])])',
 'e = ValueError("with note"); e.add_note("note 1"); e.add_note("note 2"); raise e',
 'import warnings; warnings.warn("top-level warning"); warnings.warn("dep", DeprecationWarning); '
 'print("done")']

def normalise(text, d):
    text = text.replace(d + os.sep, "")
    # Standard library frames differ only in where the library is installed.
    return re.sub(r'File "[^"]*/lib/python3\.11/', 'File "LIB/', text)

with tempfile.TemporaryDirectory() as d:
    for i, code in enumerate(SNIPPETS):
        path = os.path.join(d, f"snippet{i}.py")
        with open(path, "w") as f:
            f.write(code + "\n")
        r = subprocess.run([sys.executable, path], capture_output=True, text=True, cwd=d)
        print(f"--- snippet {i}: exit {r.returncode}")
        for line in normalise(r.stdout + r.stderr, d).splitlines():
            print("  " + line)
