done = False
import _circ_b
b_saw = _circ_b.saw_a_done
done = True
