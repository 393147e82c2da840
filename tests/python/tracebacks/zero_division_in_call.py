def divide(a, b):
    return a / b
def compute():
    return divide(1, 0)
compute()
