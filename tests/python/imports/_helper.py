"helper module for the imports cases"
VALUE = 'helper value'
try:
    counter += 1
except NameError:
    counter = 1
def greet(who):
    return 'hello ' + who
