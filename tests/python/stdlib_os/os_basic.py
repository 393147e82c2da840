# os and os.path over posix: files under a private directory, environ, errors.
import os

base = '/tmp/krait_os_basic_%d' % os.getpid()
os.makedirs(os.path.join(base, 'a', 'b', 'c'))
old = os.getcwd()
os.chdir(base)
try:
    print(os.getcwd() == base, os.path.isdir('a/b/c'), os.path.exists('nope'), os.path.lexists('a'))
    try:
        os.makedirs('a/b')
    except FileExistsError as e:
        print('FileExistsError', e)
    os.makedirs('a/b', exist_ok=True)
    fd = os.open('a/f.txt', os.O_CREAT | os.O_WRONLY, 0o600)
    os.write(fd, b'0123456789')
    os.close(fd)
    print(os.path.getsize('a/f.txt'), os.path.isfile('a/f.txt'), os.path.isdir('a/f.txt'), os.path.islink('a/f.txt'))
    st = os.stat('a/f.txt')
    print(os.path.getmtime('a/f.txt') == st.st_mtime, os.path.samefile('a/f.txt', 'a/../a/f.txt'))
    os.symlink('f.txt', 'a/link')
    print(os.path.islink('a/link'), os.readlink('a/link'), os.path.realpath('a/link') == os.path.join(base, 'a', 'f.txt'))
    print(os.path.abspath('x/../y') == os.path.join(base, 'y'), os.path.relpath(os.path.join(base, 'a', 'b'), base))
    print(os.path.normpath('/a//b/./c/..'), os.path.normpath(''), os.path.normpath(b'a/../b'), os.path.normpath('.//x/'))
    print(os.path.split('/a/b/c.txt'), os.path.splitext('c.tar.gz'), os.path.basename('/a/b/'), os.path.dirname('/a/b/c'))
    print(os.path.join('a', '/b', 'c'), os.path.commonpath(['/a/b/c', '/a/b/d']), os.path.commonprefix(['abc', 'abd']))
    print(os.path.expanduser('~root'), os.path.expanduser('x/~'), 'PATH' in os.environ)
    print(os.path.ismount('/'), os.path.isabs('/x'), os.path.isabs('x'))
    os.utime('a/f.txt', (1000000000, 1500000000))
    print(os.stat('a/f.txt').st_mtime, os.path.getatime('a/f.txt'))
    os.chmod('a/f.txt', 0o640)
    print(oct(os.stat('a/f.txt').st_mode & 0o777), os.access('a/f.txt', os.R_OK))
    os.rename('a/f.txt', 'a/g.txt')
    os.renames('a/g.txt', 'd/e/g.txt')
    print(sorted(os.listdir('.')), os.listdir('d/e'), sorted(os.listdir('a')))
    os.remove('d/e/g.txt')
    os.removedirs('d/e')
    print(sorted(os.listdir('.')))
    with os.scandir('a') as it:
        print(sorted((e.name, e.is_dir(), e.is_symlink()) for e in it))
    os.unlink('a/link')
    for bad in [lambda: os.stat('missing'), lambda: os.rmdir('a'), lambda: os.listdir('nope'),
                lambda: os.open('a', os.O_WRONLY), lambda: os.rename('missing', 'x')]:
        try:
            bad()
        except OSError as e:
            print(type(e).__name__, e.errno, e.strerror, e.filename, e.filename2)
    os.environ['KRAIT_TEST'] = 'value'
    print(os.environ['KRAIT_TEST'], os.getenv('KRAIT_TEST'), os.environb[b'KRAIT_TEST'], 'KRAIT_TEST' in os.environ)
    os.environ.pop('KRAIT_TEST')
    print(os.getenv('KRAIT_TEST', 'gone'), os.environ.get('KRAIT_TEST'))
    print(os.fsencode('é'), os.fsdecode(b'\xff') == '\udcff', os.fspath(b'x'), os.sep, os.pathsep, os.name)
    print(os.strerror(13), os.get_terminal_size.__name__, os.cpu_count() >= 1, type(os.getpid()).__name__)
    print(os.stat in os.supports_dir_fd, os.scandir in os.supports_fd, os.stat in os.supports_follow_symlinks)
finally:
    os.chdir(old)
    def rm(p):
        if os.path.isdir(p) and not os.path.islink(p):
            for n in os.listdir(p):
                rm(os.path.join(p, n))
            os.rmdir(p)
        else:
            os.unlink(p)
    rm(base)
print(os.path.exists(base))
