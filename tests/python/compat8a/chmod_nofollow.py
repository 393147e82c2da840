# os.chmod(follow_symlinks=False) as glibc does it on Linux: a regular file
# changes, a symbolic link gives NotImplementedError, a missing path ENOENT.
import os, tempfile, stat
d = tempfile.mkdtemp()
f = os.path.join(d, "f"); open(f, "w").close()
s = os.path.join(d, "s"); os.symlink(f, s)
os.chmod(f, 0o600)
for target in (f, s, os.path.join(d, "missing")):
    try:
        os.chmod(target, 0o640, follow_symlinks=False)
        print("ok", oct(stat.S_IMODE(os.lstat(target).st_mode)))
    except Exception as e:
        print(type(e).__name__, getattr(e, "errno", None))
dfd = os.open(d, os.O_RDONLY)
os.chmod("f", 0o604, dir_fd=dfd, follow_symlinks=False); print(oct(stat.S_IMODE(os.stat(f).st_mode)))
os.close(dfd)
os.unlink(s); os.unlink(f); os.rmdir(d)
