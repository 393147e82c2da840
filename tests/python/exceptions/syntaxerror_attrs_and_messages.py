try:
    compile("x = (1,", "f.py", "exec")
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset, repr(e.text), e.filename, e.end_lineno, e.end_offset, str(e), e.args[0])
import abc
class A(abc.ABC):
    @abc.abstractmethod
    def f(self): pass
    @abc.abstractmethod
    def g(self): pass
try:
    A()
except TypeError as e:
    print(e)
class B(abc.ABC):
    @abc.abstractmethod
    def f(self): pass
try:
    B()
except TypeError as e:
    print(e)
import collections
try:
    collections.deque().count()
except TypeError as e:
    print(e)
e = SyntaxError("m", ("a/b.py", 3, 4, "txt", 3, 6)); print(str(e), e.filename, e.lineno, e.args)
e = SyntaxError("m", (None, 3, 4, "txt")); print(str(e), e.end_lineno)
e = SyntaxError("m"); print(str(e), e.lineno)
