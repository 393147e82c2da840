class S(str):
    pass
s = S('Hello')
results = [s.upper(), s + 'x', s * 2, s[1:], s.strip(), s.replace('l', 'L'), s.lower(), str(s), s.format(), f'{s}', '%s' % s, s.join(['a', 'b']), s.split('l')[0], s.center(9), s.title(), s.zfill(7)]
print([type(r).__name__ for r in results])
print(results)
class Upper(str):
    def __str__(self): return self.upper()
print(str(Upper('abc')), f'{Upper("abc")}', '%s' % Upper('abc'), Upper('abc') + '')
