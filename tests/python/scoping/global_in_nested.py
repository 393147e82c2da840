v = 'g'
def outer():
    v = 'outer'
    def inner():
        global v
        v = 'changed by inner'
        return v
    inner()
    return v
print(outer(), v)
