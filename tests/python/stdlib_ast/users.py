import inspect
def g(x, *, y: int = 3) -> str:
    return x + 1
print(inspect.signature(g))
import unittest
class T(unittest.TestCase):
    def test_a(self):
        self.assertEqual(1, 1)
import io
r = unittest.TextTestRunner(stream=io.StringIO()).run(unittest.TestLoader().loadTestsFromTestCase(T))
print(r.testsRun, r.wasSuccessful())
import dataclasses
@dataclasses.dataclass(frozen=True, order=True)
class P:
    x: int
    y: list = dataclasses.field(default_factory=list)
print(P(1) < P(2), dataclasses.asdict(P(1, [2])))
class K:
    def m(self):
        pass
print(inspect.getsource(K))
print(inspect.getsourcelines(K.m)[1])
import pprint, traceback
pprint.pprint({'a': list(range(30)), 'b': 'x' * 50})
print(traceback.format_exception_only(ValueError, ValueError("v")))
print(inspect.getsource(g))
print(inspect.cleandoc("""
    a
      b
"""))
