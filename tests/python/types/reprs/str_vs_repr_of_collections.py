class X:
    def __str__(self): return 'str-X'
    def __repr__(self): return 'repr-X'
x = X()
print(str([x]), str((x,)), str({x: x}), str({x}), f'{[x]}', '%s' % [x], str(x), '{}'.format((x,)))
print(str(['a']), str([b'b']), str([1.10]), str((None,)))
