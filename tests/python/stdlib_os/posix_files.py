# posix file and directory operations inside a private directory.
import posix

base = '/tmp/krait_posix_files_%d' % posix.getpid()
posix.mkdir(base)
start = posix.getcwd()
posix.chdir(base)
try:
    print(posix.getcwd() == base, posix.getcwdb() == base.encode(), posix.listdir())
    fd = posix.open('a.txt', posix.O_WRONLY | posix.O_CREAT | posix.O_TRUNC, 0o644)
    print(posix.write(fd, b'hello world\n'), posix.write(fd, bytearray(b'more')))
    print(posix.get_inheritable(fd), posix.get_blocking(fd), posix.isatty(fd))
    posix.set_inheritable(fd, True)
    posix.set_blocking(fd, False)
    print(posix.get_inheritable(fd), posix.get_blocking(fd))
    posix.close(fd)
    st = posix.stat('a.txt')
    print(st.st_size, oct(st.st_mode & 0o777) if posix.umask(0o22) == 0o22 else 'umask')
    fd = posix.open('a.txt', posix.O_RDONLY)
    print(posix.read(fd, 5), posix.read(fd, 100), posix.read(fd, 10))
    print(posix.lseek(fd, 0, posix.SEEK_SET if hasattr(posix, 'SEEK_SET') else 0), posix.read(fd, 3))
    print(posix.pread(fd, 5, 6), posix.fstat(fd).st_size)
    fd2 = posix.dup(fd)
    print(fd2 != fd, posix.get_inheritable(fd2), posix.read(fd2, 2))
    posix.close(fd2)
    posix.close(fd)
    try:
        posix.read(fd, 1)
    except OSError as e:
        print(type(e).__name__, e)
    try:
        posix.write(1, 'str')
    except TypeError as e:
        print('TypeError', e)

    posix.mkdir('sub')
    posix.mkdir('sub/deeper', 0o700)
    print(sorted(posix.listdir('.')), sorted(posix.listdir(b'.')), posix.listdir('sub'))
    try:
        posix.mkdir('sub')
    except FileExistsError as e:
        print(type(e).__name__, e)
    try:
        posix.rmdir('sub')
    except OSError as e:
        print(type(e).__name__, e)
    try:
        posix.rmdir('a.txt')
    except OSError as e:
        print(type(e).__name__, e)
    try:
        posix.unlink('sub')
    except OSError as e:
        print(type(e).__name__, e)
    try:
        posix.listdir('a.txt')
    except OSError as e:
        print(type(e).__name__, e)
    try:
        posix.open('missing', posix.O_RDONLY)
    except OSError as e:
        print(type(e).__name__, e)
    try:
        posix.open('sub', posix.O_WRONLY)
    except OSError as e:
        print(type(e).__name__, e)

    posix.rename('a.txt', 'b.txt')
    posix.replace('b.txt', 'sub/c.txt')
    print(sorted(posix.listdir()), posix.listdir('sub'))
    try:
        posix.rename('a.txt', 'z.txt')
    except OSError as e:
        print(type(e).__name__, e, e.filename, e.filename2)
    posix.symlink('sub/c.txt', 'link')
    print(posix.readlink('link'), posix.readlink(b'link'), posix.stat('link').st_size, posix.lstat('link').st_size)
    try:
        posix.readlink('sub')
    except OSError as e:
        print(type(e).__name__, e)
    posix.link('sub/c.txt', 'hard')
    print(posix.stat('hard').st_nlink, posix.access('hard', posix.R_OK), posix.access('missing', posix.F_OK))
    posix.chmod('hard', 0o600)
    print(oct(posix.stat('sub/c.txt').st_mode & 0o777))
    posix.truncate('hard', 3)
    print(posix.stat('sub/c.txt').st_size)
    for n in ['link', 'hard', 'sub/c.txt']:
        posix.unlink(n)
    posix.rmdir('sub/deeper')
    posix.remove if False else None
    posix.rmdir('sub')
    print(posix.listdir())
    r, w = posix.pipe()
    posix.write(w, b'through the pipe')
    posix.close(w)
    print(posix.read(r, 100), posix.read(r, 100))
    posix.close(r)
finally:
    posix.chdir(start)
    for n in ['a.txt', 'b.txt', 'link', 'hard', 'sub/c.txt']:
        try:
            posix.unlink(base + '/' + n)
        except OSError:
            pass
    for d in ['sub/deeper', 'sub', '']:
        try:
            posix.rmdir(base + '/' + d)
        except OSError:
            pass
print(posix.getcwd() == start)
