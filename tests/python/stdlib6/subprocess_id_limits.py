# subprocess: uid, gid and extra_groups range errors of _posixsubprocess.fork_exec
import subprocess, os
for kw in [dict(extra_groups=[-1]), dict(extra_groups=[2**64]), dict(extra_groups=[-2]), dict(extra_groups=[2**32]), dict(group=2**64), dict(user=2**64), dict(group=-2), dict(extra_groups=["x".__class__])]:
    try:
        subprocess.check_call(["true"], **kw)
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)
