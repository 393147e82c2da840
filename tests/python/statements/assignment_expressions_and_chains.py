x = y = z = 0
x += 1
print(x, y, z)
lst = [1, 2]
a = lst
a += [3]
print(lst)
if (n := len(lst)) > 2:
    print('long', n)
while (chunk := lst.pop() if lst else None) is not None:
    print('chunk', chunk)
print((w := 5) + w)
