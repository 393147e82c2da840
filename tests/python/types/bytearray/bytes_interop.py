for a in [(-1,),([256],),('s',),('x','nope'),(1.5,),(['a'],),(b'x','utf-8'),(None,),('é','ascii'),('a','utf-8',3),(iter([300]),)]:
  try: print(bytes(*a))
  except Exception as e: print(type(e).__name__, e)
class B:
  def __bytes__(self): return 5
try: bytes(B())
except Exception as e: print(e)
class C(bytes): pass
print(type(C(b'x')).__name__, C(b'x'), bytes(bytearray(b'ba')))
