x = 1
def read():
    return x
def write():
    global x
    x = 2
    return x
print(read(), write(), x, read())
def make_new():
    global brand_new
    brand_new = 'created'
make_new()
print(brand_new)
def del_global():
    global brand_new
    del brand_new
del_global()
print('brand_new' in globals())
