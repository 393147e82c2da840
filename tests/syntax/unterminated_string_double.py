x = 1
y = "abc + 1
