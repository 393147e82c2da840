# A generator that drops its references with `del` before yielding hands
# out its values without keeping them (concurrent.futures.as_completed),
import gc
import weakref


class Item:
    pass


def pop_each(items, seen):
    while items:
        f = items[-1]
        seen.discard(f)  # leaves f in the call's argument register
        del f
        yield items.pop()


def delegate(items, seen):
    yield from pop_each(items, seen)


def in_function(gen):
    items = [Item() for _ in range(4)]
    results = []
    for item in gen(items, set(items)):
        wr = weakref.ref(item)
        del item
        gc.collect()
        results.append(wr() is None)
    return results


print("function, generator", in_function(pop_each))
print("function, yield from", in_function(delegate))
