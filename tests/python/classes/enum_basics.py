import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.GREEN), Color(3), Color['RED'], list(Color), len(Color))
print(Color.RED.name, Color.RED.value, Color.RED is Color(1), isinstance(Color.RED, Color))
try:
    Color(9)
except ValueError as e:
    print(e)
class Flag(enum.IntFlag):
    R = 4
    W = 2
    X = 1
print(Flag.R | Flag.W, int(Flag.R | Flag.X), Flag.R in (Flag.R | Flag.W))
