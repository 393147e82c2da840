# atexit callbacks run at interpreter exit, last registered first.
import atexit


def bye(who, punct="."):
    print("bye", who + punct)


atexit.register(bye, "first")
atexit.register(bye, "second", punct="!")
print("main done")
