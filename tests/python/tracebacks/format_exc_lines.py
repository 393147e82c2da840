import traceback
def f():
    x = {'a': 1}
    return x['b']
try:
    f()
except KeyError:
    text = traceback.format_exc()
print(text)
lines = traceback.extract_tb(__import__('sys').exc_info()[2]) if False else None
try:
    f()
except KeyError as e:
    for fs in traceback.extract_tb(e.__traceback__):
        print(fs.name, fs.lineno, fs.line)
