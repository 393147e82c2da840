f = lambda /: 0
