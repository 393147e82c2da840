class Three:
    def __iter__(self):
        yield 1
        yield 2
        yield 3
a, b, c = Three()
print(a, b, c, [*Three()], max(Three()), dict.fromkeys(Three()), list(zip(Three(), Three())))
first, *rest = Three()
print(first, rest)
print(sorted(Three(), reverse=True), tuple(reversed(list(Three()))), set(Three()))
