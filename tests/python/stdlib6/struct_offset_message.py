# struct.pack_into/unpack_from: the required size in the message does not overflow
import struct, sys
for off in [sys.maxsize, sys.maxsize - 3, 8, 7]:
    try:
        struct.pack_into('<I', bytearray(10), off, 1)
        print("packed", off)
    except struct.error as e:
        print("error:", e)
    try:
        print(struct.unpack_from('<I', bytes(10), off))
    except struct.error as e:
        print("error:", e)
