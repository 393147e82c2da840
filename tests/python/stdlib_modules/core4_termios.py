# termios on a pseudo-terminal: tcgetattr, tcsetattr round trips (raw mode
# with tty.setraw), window size, flush/drain/flow, errors on a non-tty and
# on malformed attribute lists; getpass and tty import.
import os
import termios
import tty

m, s = os.openpty()
a = termios.tcgetattr(s)
print(a)
print(termios.tcgetwinsize(s))
termios.tcsetwinsize(s, (24, 80))
print(termios.tcgetwinsize(s))
b = list(a)
b[3] &= ~termios.ECHO
termios.tcsetattr(s, termios.TCSANOW, b)
print(termios.tcgetattr(s)[3] & termios.ECHO, termios.tcgetattr(s)[:6] == b[:6])
termios.tcsetattr(s, termios.TCSAFLUSH, a)
print(termios.tcgetattr(s) == a)
tty.setraw(s)
r = termios.tcgetattr(s)
print(r[:6], r[6][termios.VMIN], r[6][termios.VTIME])
tty.setcbreak(s)
print(termios.tcgetattr(s)[3] & termios.ICANON)
termios.tcsetattr(s, termios.TCSADRAIN, a)
termios.tcflush(s, termios.TCIOFLUSH)
termios.tcdrain(s)
termios.tcflow(s, termios.TCOON)
termios.tcsendbreak(m, 0)
print(termios.tcgetattr(s) == a)
null = os.open("/dev/null", os.O_RDONLY)
for f, args in [(termios.tcgetattr, (null,)), (termios.tcsetattr, (s, termios.TCSANOW, [1])),
                (termios.tcsetattr, (s, termios.TCSANOW, a[:6] + [[1] * 5])),
                (termios.tcsetattr, (s, termios.TCSANOW, a[:6] + [[1.5] * 32])),
                (termios.tcsetattr, (s, 99, a)), (termios.tcgetattr, ("x",)), (termios.tcgetwinsize, (null,)),
                (termios.tcsetattr, (s, termios.TCSANOW, a[:4] + [12345, 12345, a[6]]))]:
    try:
        f(*args)
        print("ok")
    except Exception as e:
        print(type(e).__name__, e.args if isinstance(e, termios.error) else e)
print(termios.error.__mro__, termios.B38400, termios.TIOCGWINSZ, termios.NCCS, termios.VEOF)
with open(s, closefd=False) as f:
    print(len(termios.tcgetattr(f)))
import getpass
print(callable(getpass.getpass))
os.close(m)
os.close(s)
os.close(null)
