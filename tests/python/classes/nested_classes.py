class Outer:
    class Inner:
        class Deep:
            pass
    def make(self):
        return self.Inner()
print(Outer.Inner.__qualname__, Outer.Inner.Deep.__qualname__)
print(type(Outer().make()).__qualname__)
def factory():
    class Local:
        pass
    return Local
print(factory().__qualname__, factory() is factory())
