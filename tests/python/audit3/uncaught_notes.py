e = ValueError("with notes")
e.add_note("note one")
e.add_note("note two\nmultiline")
x = [1,
     2]
def f(): raise e
lam = lambda: f()
lam()
