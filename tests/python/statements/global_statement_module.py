counter = 0
def inc():
    global counter
    counter += 1
for _ in range(5):
    inc()
print(counter)
def multi():
    global a1, a2
    a1, a2 = 'one', 'two'
multi()
print(a1, a2)
