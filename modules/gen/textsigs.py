"""Print, as JSON, the __text_signature__ python3.11 gives each function of
the builtin modules named on the command line, with its parameters' kinds
(read by modules/textsig_gen_test.go to write runtime/module_textsig_table.go)."""
import importlib
import inspect
import json
import sys

out = {}
for modname in sys.argv[1:]:
    try:
        mod = importlib.import_module(modname)
    except ImportError:
        continue
    for name, f in list(vars(mod).items()):
        if type(f).__name__ != 'builtin_function_or_method' or f.__name__ != name:
            continue
        sig = f.__text_signature__
        if not sig:
            # No signature (time.time, written without Argument Clinic):
            # Krait's must be None too.
            out[modname + '.' + name] = {'sig': '', 'params': []}
            continue
        try:
            params = inspect.signature(f).parameters.values()
        except ValueError:
            # 3.11's inspect rejects "<unrepresentable>" defaults: read
            # the kinds from the signature with a stand-in default.
            try:
                params = inspect._signature_fromstr(
                    inspect.Signature, f, sig.replace('<unrepresentable>', 'None'),
                    True).parameters.values()
            except ValueError:
                continue
        out[modname + '.' + name] = {
            'sig': sig,
            'params': [[p.name, p.kind.name, p.default is not p.empty] for p in params],
        }
json.dump(out, sys.stdout, indent=0, sort_keys=True)
