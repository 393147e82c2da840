# Reports what python3.11's compile() makes of each source, for the error
# table test in tokenizer_test.go; with the argument "eval" or "single",
# in that mode; with "str", compile() of the decoded text as "<string>"; with the argument "file", what running each source as a
# script reports. Input (stdin): a JSON list of sources,
# each base64-encoded bytes. Output: a JSON list of objects with the
# SyntaxError's fields ("class" is "" when compile succeeds) and the
# warnings issued ([category, message, lineno]). Each source is written to
# a file first, so error texts come from the file as when running a script.
import base64, json, os, sys, tempfile, warnings

def run(src, path, mode='exec'):
    with open(path, 'wb') as f:
        f.write(src)
    res = {'class': '', 'warnings': []}
    with warnings.catch_warnings(record=True) as ws:
        warnings.simplefilter('always')
        try:
            if mode == 'str':
                compile(src.decode('utf-8'), '<string>', 'exec')
            else:
                compile(src, path, mode)
        except SyntaxError as e:
            res.update({'class': type(e).__name__, 'msg': e.msg, 'lineno': e.lineno,
                        'offset': e.offset, 'end_lineno': e.end_lineno,
                        'end_offset': e.end_offset, 'text': e.text})
        except ValueError as e:
            res.update({'class': 'ValueError', 'msg': str(e)})
    res['warnings'] = [[w.category.__name__, str(w.message), w.lineno] for w in ws]
    return res

HOOK = """
import json, sys
def hook(t, e, tb):
    res = {'class': t.__name__, 'warnings': []}
    if isinstance(e, SyntaxError):
        res.update({'msg': e.msg, 'lineno': e.lineno, 'offset': e.offset,
                    'end_lineno': e.end_lineno, 'end_offset': e.end_offset, 'text': e.text})
    sys.__stdout__.write(json.dumps(res))
sys.excepthook = hook
"""

def run_file(src, d, path):
    import subprocess
    with open(path, 'wb') as f:
        f.write(src)
    env = dict(os.environ, PYTHONPATH=d)
    p = subprocess.run([sys.executable, path], env=env, capture_output=True)
    out = p.stdout.decode()
    res = json.loads(out) if out else {'class': '', 'warnings': []}
    if not issubclass(getattr(__builtins__, res['class'], SyntaxError), SyntaxError):
        res = {'class': '', 'warnings': []}
    return res

def main():
    cases = json.load(sys.stdin)
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, 'case.py')
        if sys.argv[1:] == ['file']:
            with open(os.path.join(d, 'sitecustomize.py'), 'w') as f:
                f.write(HOOK)
            out = [run_file(base64.b64decode(c), d, path) for c in cases]
        else:
            mode = sys.argv[1] if sys.argv[1:] else 'exec'
            out = [run(base64.b64decode(c), path, mode) for c in cases]
    json.dump(out, sys.stdout)

main()
