class G:
    def __class_getitem__(cls, item):
        return f'{cls.__name__}[{item!r}]'
print(G[int], G['x'], G[1, 2])
print(list[int], dict[str, list[int]], tuple[int, ...])
print(type(list[int]).__name__, list[int].__origin__, list[int].__args__)
try:
    int[str]
except TypeError as e:
    print(e)
print(list[int]([1, 2]))
