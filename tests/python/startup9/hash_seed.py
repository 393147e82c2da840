# str hashing keys: PYTHONHASHSEED=0 and N are fixed keys, unset draws a
# random key per process.
import os
import subprocess
import sys

prog = "print(hash('abc'), hash(b'xyz'), hash('ü'), hash(''))"


def run(seed):
    env = dict(os.environ)
    if seed is None:
        env.pop("PYTHONHASHSEED", None)
    else:
        env["PYTHONHASHSEED"] = seed
    return subprocess.run([sys.executable, "-c", prog], env=env, capture_output=True, text=True).stdout.strip()


print(run("0"))
print(run("12345"))
print(run("random") != run("random"), run(None) != run(None))
print(run(None).split()[-1])
