# readline without a terminal: history list and files, completer, delimiters
# and hooks keep CPython's state and errors.
import tempfile, os
d = tempfile.mkdtemp()
import readline as r
print(r.__doc__)
print(r.get_current_history_length(), r.get_history_length(), r.get_completer(), repr(r.get_completer_delims()), r.get_begidx(), r.get_endidx(), repr(r.get_line_buffer()), r.get_completion_type())
r.add_history('a'); r.add_history('b'); r.add_history('c')
print(r.get_current_history_length(), r.get_history_item(0), r.get_history_item(1), r.get_history_item(3), r.get_history_item(4))
r.remove_history_item(0); print([r.get_history_item(i) for i in range(1, 4)])
r.replace_history_item(0, 'B'); print([r.get_history_item(i) for i in range(1, 4)])
for f in [lambda: r.remove_history_item(9), lambda: r.replace_history_item(9, 'x'), lambda: r.remove_history_item(-1), lambda: r.add_history(5), lambda: r.set_completer(5), lambda: r.read_history_file('/nonexistent/h'), lambda: r.get_history_item('x')]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
r.write_history_file(os.path.join(d, 'h.txt')); print(repr(open(os.path.join(d, 'h.txt')).read()))
r.clear_history(); print(r.get_current_history_length())
r.read_history_file(os.path.join(d, 'h.txt')); print(r.get_current_history_length(), r.get_history_item(1))
r.set_history_length(1); r.write_history_file(os.path.join(d, 'h2.txt')); print(repr(open(os.path.join(d, 'h2.txt')).read()), r.get_history_length(), r.get_current_history_length())
r.set_history_length(-1)
r.set_completer(print); print(r.get_completer() is print); r.set_completer(); print(r.get_completer())
r.set_completer_delims(' x'); print(repr(r.get_completer_delims()))
print(r.parse_and_bind('tab: complete'), r.set_startup_hook(), r.set_pre_input_hook(), r.insert_text('q'), r.redisplay(), r.set_auto_history(False), r.set_completion_display_matches_hook())
r.add_history('z'); r.append_history_file(1, os.path.join(d, 'h2.txt')); print(repr(open(os.path.join(d, 'h2.txt')).read()))
print(sorted(n for n in dir(r) if not n.startswith('__')))
