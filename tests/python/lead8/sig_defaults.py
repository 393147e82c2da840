# A builtin whose parameter list states a default accepts the call without
# that argument, and shows the default in its text signature.
b = bytearray(b'ab')
print(b.__reduce_ex__(), b.__reduce_ex__(2), b.__reduce_ex__(proto=3) if False else '')
print(bytearray.__reduce_ex__.__text_signature__)
import inspect
print(inspect.signature(bytearray.__reduce_ex__))
try:
    b.__reduce_ex__(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
