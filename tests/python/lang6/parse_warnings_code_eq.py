# Warnings the parser issues before it finds a syntax error come first (and
# become the error under 'error' filters); code objects compare by value.
import warnings
for src in ["'\\e' 1", "'\\e' + (", "x = '\\e'", "'\\e'\n1 1", "1 1\n'\\e'", "b'\\e' 1", "f'\\e' 1", "(1\n'\\e'"]:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            compile(src, '<s>', 'exec')
            print('ok')
        except SyntaxError as e:
            print('SE', e)
    print(repr(src), [(x.category.__name__, str(x.message), x.lineno) for x in w])
for src in ["'\\e' 1", "'\\e' + (", "x = '\\e'", "f'\\e' 1"]:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('error')
        try:
            compile(src, '<s>', 'exec')
            print('ok')
        except SyntaxError as e:
            print('SE', e, e.offset, e.end_offset)
from codeop import compile_command
print(compile_command("") == compile("pass", "<input>", "single", 0x200))
print(compile_command("\n") == compile("pass", "<input>", "single", 0x200))
print(compile("a = 1", "f", "exec") == compile("a = 1", "g", "exec"))
print(compile("a = 1", "f", "exec") == compile("a = 2", "f", "exec"))
print(compile("a = 0.0", "f", "exec") == compile("a = -0.0", "f", "exec"))
print(compile("a = 1", "f", "exec") == compile("a = True", "f", "exec"))
print(compile("a = 1", "f", "exec") == compile("\na = 1", "f", "exec"))
print(compile("def f(): return 1", "f", "exec") == compile("def f(): return 1", "g", "exec"))
print(hash(compile("a = 1", "f", "exec")) == hash(compile("a = 1", "g", "exec")))
def f(): return 1
def g(): return 1
print(f.__code__ == g.__code__, f.__code__ == f.__code__.replace(co_name='g'))
print(f.__code__ != f.__code__, f.__code__ == 1)
