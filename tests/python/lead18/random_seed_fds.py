# Seeding random from the system (import random, tempfile) and os.urandom
# open no descriptor the program can see or would get from os.open.
import os

before = sorted(os.listdir("/proc/self/fd"), key=int)
low = os.open(os.devnull, os.O_RDONLY)
os.close(low)
import random
import tempfile
r = random.Random()
print(len(os.urandom(16)), len(os.getrandom(8)), 0 <= r.random() < 1)
print("same listing", sorted(os.listdir("/proc/self/fd"), key=int) == before)
fd = os.open(os.devnull, os.O_RDONLY)
print("lowest free", fd == low)
os.close(fd)
