n = 0
while n < 3:
    n += 1
else:
    print('while else ran', n)
while True:
    n += 1
    if n > 5:
        break
else:
    print('not printed')
print(n)
for i in range(3):
    if i == 10:
        break
else:
    print('for else ran')
for i in []:
    pass
else:
    print('empty for else')
i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    if i > 6:
        break
    print('even', i)
