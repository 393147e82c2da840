def none_implicit():
    pass
def none_bare():
    return
def tup():
    return 1, 2
def early(x):
    if x:
        return 'early'
    return 'late'
print(none_implicit(), none_bare(), tup(), early(1), early(0))
def multi():
    for i in range(10):
        if i == 3:
            return i
print(multi())
