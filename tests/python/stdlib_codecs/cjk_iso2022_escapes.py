# ISO-2022 escape sequences: JIS X 0208-1990 (ESC & @ ESC $ B), sets
# designated into G1, incomplete and unknown escapes.
for v in ['iso2022_jp', 'iso2022_jp_1', 'iso2022_jp_2', 'iso2022_jp_2004', 'iso2022_jp_3', 'iso2022_jp_ext', 'iso2022_kr']:
    for b in [b'\x1b&@\x1b$B0l', b'\x1b&@', b'\x1b&@\x1b', b'\x1b&@x', b'\x1b$(B0l', b'\x1b$(@0l', b'\x1b)B', b'\x1b$)A0l']:
        try: print(v, b, repr(b.decode(v)))
        except Exception as e: print(v, b, e.start, e.end, e.reason)
