data = [('b', 2), ('a', 2), ('c', 1), ('a', 1), ('b', 1)]
print(sorted(data, key=lambda p: p[1]))
print(sorted(data, key=lambda p: p[0]))
print(sorted(data, key=lambda p: p[1], reverse=True))
print(sorted(sorted(data, key=lambda p: p[0]), key=lambda p: p[1]))
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'date']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w.lower())))
