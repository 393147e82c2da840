print(property, classmethod, staticmethod, type(property()).__name__)
print(classmethod(len).__func__ is len, staticmethod(len).__func__ is len)
print(isinstance(property(), object), callable(staticmethod(len)))
