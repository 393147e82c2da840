s = 'adjacent' ' literals' " join"
print(s)
print('tab\there', r'raw\n', b'bytes', rb'\x00', 'unicode \u00e9 \N{GREEK SMALL LETTER ALPHA} \U0001F600')
print('''triple
quoted''', """also""", len('\x41\101\n'))
print(0x1F, 0o17, 0b101, 1_000_000, 1e3, 1.5e-3, 3j, 0xFF_FF, .5, 5.)
