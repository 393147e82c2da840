# compile() with PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT (as
# codeop uses it): only single mode leaves a block open at the end, and an
# indented continuation line does not open one.
srcs = ["if x:\n  (1,\n2)", "if x:\n  pass", "if x:\n  pass\ny = 1", "(1,\n  2)",
        "if x:\n  pass\n# c", "if x:\n  pass\n  # c", "if x:\n  pass\n\n", "if x:\n  pass\n",
        "if x:\n  y = '''\nabc'''", "if x:\n  y = \\\n 3", "if x: pass\n", "x = 1",
        "for x in y:\n pass\nelse:\n pass", "def f():\n  if x:\n    pass\n  return",
        "def f():\n  if x:\n    pass\n  return\n", "if x:\n  pass\n\n\n#c", "def x():\n  pass\n ",
        "(lambda z: \n z**3)", "[x\nfor x in \ny]"]
for src in srcs:
    for mode in ["exec", "single", "eval"]:
        try:
            compile(src, "<input>", mode, 0x4200)
            print(repr(src), mode, "ok")
        except SyntaxError as e:
            print(repr(src), mode, "SE", e.args)
