for n in [100, 1000, 2000, 3000, 5000, 10000]:
    for src in ["-" * n + "1", "(" * n + ")" * n, "[" * n + "]" * n, "not " * n + "x", "a" + ".b" * n, "f" + "()" * n, "x" + "+x" * n, "lambda: " * n + "1"]:
        try:
            compile(src, "<s>", "eval")
            r = "ok"
        except BaseException as e:
            r = type(e).__name__ + " " + str(e)
        print(n, src[:6], r)
