e = ValueError('base')
e.add_note('note one')
e.add_note('note two')
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as err:
    print(err)
try:
    raise e
except ValueError as caught:
    print(caught.__notes__)
