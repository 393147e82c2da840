# A class's __name__ and __qualname__ are the same str object each time
# (inspect.classify_class_attrs relies on it).
import enum
import inspect


class Color(enum.Enum):
    CYAN = 1
    MAGENTA = 2


class Plain:
    class Inner:
        pass


print(Color.__name__ is Color.__name__, Color.__qualname__ is Color.__qualname__)
print(Plain.Inner.__qualname__ is Plain.Inner.__qualname__, int.__name__ == "int")
for a in inspect.classify_class_attrs(Color):
    if a.name in ('__name__', '__qualname__', 'CYAN', '__members__'):
        print(a.name, a.kind, a.defining_class.__name__)
Plain.__name__ = "Renamed"
print(Plain.__name__, Plain.__name__ is Plain.__name__, Plain.__qualname__)
