# Errors in trace functions: tracing is turned off and the exception
# propagates where the event happened; local trace functions; f_trace_lines.
import sys


def target(n):
    a = n + 1
    b = a * 2
    return b


def bad_line(frame, event, arg):
    if event == 'line' and frame.f_lineno == target.__code__.co_firstlineno + 2:
        raise RuntimeError('boom in tracer')
    return bad_line


sys.settrace(bad_line)
try:
    target(1)
except RuntimeError as e:
    print('caught', e, sys.gettrace())
sys.settrace(None)


def bad_call(frame, event, arg):
    raise ValueError('no calls')


sys.settrace(bad_call)
try:
    target(2)
except ValueError as e:
    print('caught', e, sys.gettrace())
print(target(3))

seen = []


def global_only(frame, event, arg):
    seen.append(event)
    return None  # no local tracing


sys.settrace(global_only)
target(4)
sys.settrace(None)
print(seen)

seen = []


def local(frame, event, arg):
    seen.append(('local', event, frame.f_lineno - target.__code__.co_firstlineno))
    return None  # keeps the local trace function


def switcher(frame, event, arg):
    seen.append(('global', event))
    return local


sys.settrace(switcher)
target(5)
sys.settrace(None)
print(seen)

seen = []


def no_lines(frame, event, arg):
    seen.append(event)
    if event == 'call':
        frame.f_trace_lines = False
    return no_lines


sys.settrace(no_lines)
target(6)
sys.settrace(None)
print(seen)

count = 0


def opcodes(frame, event, arg):
    global count
    if event == 'call':
        frame.f_trace_opcodes = True
    if event == 'opcode':
        count += 1
    return opcodes


sys.settrace(opcodes)
target(7)
sys.settrace(None)
print('opcode events', count >= 2)


def raising():
    raise KeyError('k')


def exc_tracer(frame, event, arg):
    if event == 'exception':
        print('exception event', frame.f_code.co_name, arg[0].__name__, arg[1], type(arg[2]).__name__)
        raise TypeError('replaced')
    return exc_tracer


sys.settrace(exc_tracer)
try:
    raising()
except Exception as e:
    print('got', type(e).__name__, e)
print(sys.gettrace())
print(sys.gettrace(), sys.getprofile())
