class X: pass
class Y: pass
class A(X, Y): pass
class B(Y, X): pass
try:
    class C(A, B): pass
except TypeError as e:
    print(e)
try:
    class D(X, X): pass
except TypeError as e:
    print(e)
try:
    class E(object, A): pass
except TypeError as e:
    print(e)
try:
    class F(int, str): pass
except TypeError as e:
    print(e)
try:
    class G(5): pass
except TypeError as e:
    print(e)
