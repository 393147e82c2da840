NAME = 'pkg.sub'
def func():
    return 'func in ' + __name__
