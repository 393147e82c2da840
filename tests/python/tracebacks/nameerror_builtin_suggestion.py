print(lenght := 3)
prnt('hi')
