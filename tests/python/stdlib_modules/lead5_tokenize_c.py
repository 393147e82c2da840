import _tokenize
for s in ['if x:\n  y = 1.5 + f"a{b}" # c\n\n', '(1,\n 2)', 'async def f(): await x', 'a $ b', '(1+2]',
          'x = """a\nb""" + 1\n', 'if x:\n\tpass\n  # c\nelse: pass', 'a\\\n+b', 'a\n\n# c\n\nb\n', 'grün = 1\n',
          'x = (1,\n  2)\n', 'if a:\n  b\n\nc\n', 'def f():\n  pass\n  \n# x\n', '1_', "'abc", '"""ab', '  a\n b\n',
          'if x:\n\tpass\n        pass\n', '\xa0', 'a = 1\\ b', '(', 'x\\', '', '\n', '# only\n', 'x = 1 # t\ny\n', "0xff <= 255",
          'def f(a, *, b=1) -> int:\n    return a @ b\n', 'x  =  "\\\n"\n', 'print(1)\r\nprint(2)\r\n', 'if 1:\n    x\n  # z\n    y\n']:
    try:
        for t in _tokenize.TokenizerIter(s): print(repr(t))
    except Exception as e: print(type(e).__name__, e, e.args)
    print('--')
# The pure-Python side that uses it.
import tokenize, io
src = "def f(x):\n    return x + 1  # inc\n"
for t in tokenize._generate_tokens_from_c_tokenizer(src):
    print(tokenize.tok_name[t.type], repr(t.string), t.start, t.end)
print([tokenize.tok_name[t.exact_type] for t in tokenize.generate_tokens(io.StringIO(src).readline)])
for bad in [b"x", None]:
    try:
        _tokenize.TokenizerIter(bad)
    except TypeError as e:
        print(e)
print(type(_tokenize.TokenizerIter("x")).__name__, iter(_tokenize.TokenizerIter("x")) is not None)
