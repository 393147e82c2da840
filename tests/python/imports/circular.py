import _circ_a
print(_circ_a.done, _circ_a.b_saw)
