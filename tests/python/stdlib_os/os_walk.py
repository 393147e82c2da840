# os.walk and os.fwalk (scandir, dir_fd, follow_symlinks) over a private tree.
import os, shutil

base = '/tmp/krait_os_walk_%d' % os.getpid()
try:
    for d in ['a/b/c', 'a/d', 'e']:
        os.makedirs(os.path.join(base, d))
    for f in ['x.txt', 'a/y.txt', 'a/b/z.txt', 'a/b/c/w.txt', 'e/v.txt']:
        with open(os.path.join(base, f), 'w') as fh:
            fh.write(f)
    os.symlink('a/b', os.path.join(base, 'link'))
    rel = lambda p: os.path.relpath(p, base)
    print(sorted((rel(r), sorted(ds), sorted(fs)) for r, ds, fs in os.walk(base)))
    print(sorted(rel(r) for r, ds, fs in os.walk(base, topdown=False) if not ds))
    print(sorted((rel(r), sorted(ds)) for r, ds, fs in os.walk(base, followlinks=True)))
    pruned = []
    for r, ds, fs in os.walk(base):
        ds[:] = [d for d in ds if d != 'a']
        pruned.append(rel(r))
    print(sorted(pruned))
    print(sorted((rel(r), sorted(ds), sorted(fs), type(fd).__name__) for r, ds, fs, fd in os.fwalk(base)))
    print(sorted(rel(r) for r, ds, fs, fd in os.fwalk(base, follow_symlinks=True)))
    errors = []
    print(list(os.walk(os.path.join(base, 'missing'), onerror=lambda e: errors.append(type(e).__name__))), errors)
    with os.scandir(base) as it:
        print(sorted((e.name, e.is_dir(), e.is_dir(follow_symlinks=False), e.is_file(), e.is_symlink()) for e in it))
    print(shutil.rmtree(base), os.path.exists(base))
finally:
    if os.path.exists(base):
        shutil.rmtree(base)
