try:
    assert 1 == 2, 'math broke'
except AssertionError as e:
    print(repr(e))
try:
    assert []
except AssertionError as e:
    print(repr(e), e.args)
assert True, 'fine'
def msg():
    print('message evaluated')
    return 'm'
assert 1, msg()
assert 0 == 1, ('tuple', 'message')
