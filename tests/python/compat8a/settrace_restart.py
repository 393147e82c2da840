# Tracing turned off from inside a 'line' callback (as pdb's continue does)
# and back on later in the same frame: the first line reached after it is
# reported, even the line tracing stopped at.
import sys
events = []
def tracer(frame, event, arg):
    if frame.f_code.co_name == "test_function":
        events.append((event, frame.f_lineno))
        if event == "line":
            sys.settrace(None)
            f = frame
            while f is not None:
                del f.f_trace
                f = f.f_back
            return None
    return tracer
def start():
    f = sys._getframe().f_back
    while f is not None:
        f.f_trace = tracer
        f = f.f_back
    sys.settrace(tracer)
def test_function():
    i = 1
    while i <= 2:
        start()
        x = i
        print("x", x)
        i += 1
test_function()
print(events)

# The same with a profile function left on in between (tracing stays active).
events.clear()
sys.setprofile(lambda *a: None)
test_function()
sys.setprofile(None)
print(events)
# settrace called again while tracing is on: no stale line.
ev2 = []
def t2(frame, event, arg):
    if frame.f_code.co_name == "g":
        ev2.append((event, frame.f_lineno))
    return t2
def g():
    sys.settrace(t2)
    a = 1
    sys.settrace(t2)
    b = 2
    sys.settrace(None)
g()
print(ev2)
