class F:
    def __aiter__(self):
        return self
    def __anext__(self):
        return self
    def __await__(self):
        1 / 0
async def main():
    async for _ in F():
        pass
try:
    main().send(None)
except TypeError as e:
    print(e, type(e.__cause__).__name__, type(e.__context__).__name__, e.__suppress_context__)
class G:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 5
async def main2():
    async for _ in G():
        pass
try:
    main2().send(None)
except TypeError as e:
    print(e, type(e.__cause__).__name__)
