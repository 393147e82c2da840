# Profile workload for the PGO build (bench/pgo/run.sh): start-up work that
# the benchmark programs hardly exercise. Each round imports a broad set of
# standard-library modules afresh (their module bodies run again: class and
# function creation, decorators, enum and dataclass machinery), then
# compiles standard-library sources (tokenizer, parser, compiler).
import sys

MODULES = """
abc argparse ast base64 bisect calendar collections collections.abc
colorsys configparser contextlib copy csv dataclasses datetime decimal
difflib dis email.message email.parser enum fnmatch fractions functools
getopt gettext glob hashlib heapq hmac html html.parser http.client
inspect io ipaddress json keyword linecache locale logging lzma math
numbers operator optparse os pathlib pickle pprint queue random re
reprlib secrets selectors shlex shutil signal socket statistics string
struct subprocess tempfile textwrap threading timeit tokenize traceback
types typing unittest urllib.parse uuid warnings weakref zipfile
""".split()

SOURCES = """
argparse ast calendar configparser dataclasses difflib enum fractions
inspect ipaddress pathlib pickle pprint shlex statistics string textwrap
tokenize traceback typing zipfile
""".split()


def fresh_imports():
    """Import MODULES with none of the pure-Python ones already loaded."""
    keep = set(sys.builtin_module_names) | {"__main__", "sys", "builtins"}
    for name in list(sys.modules):
        mod = sys.modules[name]
        if name not in keep and getattr(mod, "__file__", None):
            del sys.modules[name]
    for name in MODULES:
        __import__(name)
    return len(sys.modules)


def compile_sources():
    import importlib.util
    total = 0
    for name in SOURCES:
        path = importlib.util.find_spec(name).origin
        with open(path, encoding="utf-8") as f:
            src = f.read()
        code = compile(src, path, "exec")
        total += len(code.co_consts)
    return total


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    for _ in range(rounds):
        n = fresh_imports()
        m = compile_sources()
    print(n > 50, m > 0)


main()
