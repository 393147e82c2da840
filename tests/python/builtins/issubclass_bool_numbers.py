import numbers
print(isinstance(1, numbers.Integral), isinstance(1.0, numbers.Real), isinstance(1j, numbers.Complex), isinstance(1, numbers.Number))
print(issubclass(bool, numbers.Integral), isinstance(1.0, numbers.Integral), isinstance('1', numbers.Number))
