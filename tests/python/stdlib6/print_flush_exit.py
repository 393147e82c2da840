# print(flush=True) flushes sys.stdout: the text is out before os._exit
import os, sys
print("buffered, then flushed", flush=True)
sys.stdout.write("written, then flushed\n")
sys.stdout.flush()
print("lost at _exit")
os._exit(3)
