import _circ_a
saw_a_done = getattr(_circ_a, 'done', 'missing')
