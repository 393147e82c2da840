import lzma
for data in [b"garbage", b"", b"\x00", b"\xff", b"\x5d", b"\x5d\x00\x00\x80", b"\x5d\x00\x00\x80\x00", b"\x5d\x00\x00\x81\x00", b"\x5d\x00\x00\xc0\x00", b"\x5d\xff\xff\xff\xff", b"\x5d\x00\x00\x80\x00" + b"\xff" * 8, b"\x5d\x00\x00\x80\x00" + b"\x00" * 7 + b"\x01", b"\xfd7zXZ\x00\x00", b"\xfd\x00"]:
    try:
        print(data, lzma.decompress(data))
    except Exception as e:
        print(data, type(e).__name__, e)
    d = lzma.LZMADecompressor()
    try:
        out = b"".join(d.decompress(data[i:i + 1]) for i in range(len(data)))
        print("  incr", out, d.eof, d.needs_input)
    except Exception as e:
        print("  incr", type(e).__name__, e)
