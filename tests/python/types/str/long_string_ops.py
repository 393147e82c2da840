s = 'abc' * 10000
print(len(s), s.count('abc'), s.find('cab', 1000), s.rfind('abca'), s[15000:15010], hash(s) == hash('abc' * 10000))
t = ''.join(chr(65 + i % 26) for i in range(5000))
print(t[:30], t.lower()[-10:], len(t.split('Z')), t.index('ZABC'), t.replace('A', '')[:10])
parts = [str(i) for i in range(2000)]
print(len(','.join(parts)), ','.join(parts)[-20:])
