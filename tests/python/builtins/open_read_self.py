with open(__file__) as f:
    first = f.readline()
print(repr(first))
with open(__file__, 'rb') as f:
    data = f.read(10)
print(data, type(data).__name__)
try:
    open('/nonexistent/krait/file')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    open(__file__, 'bad')
except ValueError as e:
    print(e)
