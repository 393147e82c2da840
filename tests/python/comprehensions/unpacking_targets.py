pairs = [(1, 'a'), (2, 'b')]
print([n for n, _ in pairs], [c for _, c in pairs], [(b, a) for a, b in pairs])
print([first for first, *rest in [[1, 2, 3], [4]]], [rest for first, *rest in [[1, 2, 3], [4]]])
print([a + b + c for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]])
print({k: (v1, v2) for k, v1, v2 in [('x', 1, 2)]})
