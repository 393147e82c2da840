names = ['BaseException', 'Exception', 'ArithmeticError', 'ZeroDivisionError', 'OverflowError', 'FloatingPointError',
         'LookupError', 'IndexError', 'KeyError', 'ValueError', 'UnicodeError', 'UnicodeDecodeError', 'TypeError',
         'NameError', 'UnboundLocalError', 'AttributeError', 'OSError', 'FileNotFoundError', 'PermissionError',
         'RuntimeError', 'RecursionError', 'NotImplementedError', 'StopIteration', 'StopAsyncIteration',
         'GeneratorExit', 'KeyboardInterrupt', 'SystemExit', 'ImportError', 'ModuleNotFoundError', 'AssertionError',
         'EOFError', 'MemoryError', 'BufferError', 'SyntaxError', 'IndentationError', 'TabError', 'SystemError',
         'ReferenceError', 'Warning', 'UserWarning', 'DeprecationWarning', 'BaseExceptionGroup', 'ExceptionGroup',
         'ConnectionError', 'BrokenPipeError', 'TimeoutError', 'IOError', 'EnvironmentError']
import builtins
for n in names:
    c = getattr(builtins, n)
    print(n, [b.__name__ for b in c.__mro__[1:]])
