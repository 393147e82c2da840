def classify(n):
    if n < 0:
        return 'neg'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    else:
        return 'big'
print([classify(n) for n in [-5, 0, 3, 100]])
x = 5
r = 'a' if x > 3 else 'b' if x > 1 else 'c'
print(r)
if []:
    print('no')
elif {}:
    print('no')
else:
    print('empty containers are false')
