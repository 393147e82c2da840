for f in [lambda: compile(bogus=1), lambda: int.from_bytes(bogus=1), lambda: "".encode(bogus=1), lambda: round(bogus=1), lambda: pow(bogus=1), lambda: pow(1, bogus=1), lambda: sum(bogus=1), lambda: enumerate(start=1), lambda: enumerate(bogus=1), lambda: enumerate([], bogus=1), lambda: zip(bogus=1), lambda: sorted(bogus=1), lambda: print(bogus=1), lambda: int(bogus=1), lambda: str(bogus=1), lambda: [].sort(bogus=1), lambda: {}.pop(bogus=1), lambda: range(bogus=1), lambda: list(bogus=1), lambda: dict.fromkeys(bogus=1)]:
    try: f()
    except TypeError as e: print(e)
