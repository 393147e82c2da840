import builtins
names = sorted(n for n in dir(builtins) if not n.startswith('_'))
print(len(names))
for i in range(0, len(names), 8):
    print(' '.join(names[i:i + 8]))
print(callable(breakpoint), type(builtins.__dict__['__build_class__']).__name__)
