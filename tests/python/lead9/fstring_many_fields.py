# f-strings with tens of thousands of fields (a run of concatenated
# f-strings is one JoinedStr) compile and format like short ones.
x = 'X'
width = 3


def build(n, extra=''):
    return "f'" + ('{x} ' * n) + extra + "'"


for n in (250, 255, 256, 1023, 1024, 1025, 2049):
    r = eval(build(n))
    print(n, len(r), r == (x + ' ') * n)
r = eval(build(255) * 256)
print(len(r), r == (x + ' ') * (255 * 256))
r = eval(build(1500, '{x:>{width}} {x!r:{width}}'))
print(len(r), r[-8:])
s = "f'{1}' 'x' 'y'" * 1024
print(eval(s) == '1xy' * 1024)
try:
    eval(build(3000, '{1/0}'))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
