class Meta(type):
    def describe(cls):
        return 'I am ' + cls.__name__
    @property
    def upper_name(cls):
        return cls.__name__.upper()
    def __len__(cls):
        return 42
    def __getitem__(cls, k):
        return (cls.__name__, k)
    def __repr__(cls):
        return f'<class {cls.__name__} via Meta>'
    def __iter__(cls):
        return iter([1, 2])
class C(metaclass=Meta): pass
print(C.describe(), C.upper_name, len(C), C['k'], repr(C), list(C))
print(hasattr(C(), 'describe'))
print(isinstance(C, Meta), isinstance(C, type), type(C) is Meta)
