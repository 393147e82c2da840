import random
r = random.Random(42)
nums = [r.randint(-1000, 1000) for _ in range(2000)]
s = sorted(nums)
print(s[:10], s[-10:], s == sorted(s), all(s[i] <= s[i + 1] for i in range(len(s) - 1)))
floats = [3.5, -0.0, 0.0, float('inf'), -float('inf'), 1e-300, -2.5]
print(sorted(floats), sorted(floats, reverse=True))
print(sorted([2 ** 70, -(2 ** 70), 0, 1.5, True, False]))
strs = [''.join(r.choice('abcXYZ') for _ in range(r.randint(0, 4))) for _ in range(20)]
print(sorted(strs))
print(sorted([(1, 2), (1,), (0, 5, 5), ()]), sorted(['b', 'B', 'a', 'A', '_', '1']))
