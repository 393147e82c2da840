print(repr(0), repr(-0.0), repr(1e-7), repr(1e16), repr(1.0), repr(1j), repr(-1j), repr(complex(1, -0.0)), repr(10 ** 20), repr(True), repr(None), repr(...), repr(NotImplemented))
print([0.1, 1e-10, 1e22], (1.5,), {1.0: 2.0}, {0.5})
