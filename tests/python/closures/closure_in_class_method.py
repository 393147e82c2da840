def make_class(tag):
    class K:
        def get(self):
            return tag
        @classmethod
        def ctag(cls):
            return tag + '!'
    return K
A = make_class('alpha')
B = make_class('beta')
print(A().get(), B().get(), A.ctag(), B.ctag())
def method_closure():
    secret = 42
    class C:
        value = secret
        def m(self):
            return secret + self.value
    return C().m()
print(method_closure())
