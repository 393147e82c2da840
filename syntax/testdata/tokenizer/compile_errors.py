# Reports what python3.11's compile() makes of each source, for the error
# table test in tokenizer_test.go. Input (stdin): a JSON list of sources,
# each base64-encoded bytes. Output: a JSON list of objects with the
# SyntaxError's fields ("class" is "" when compile succeeds) and the
# warnings issued ([category, message, lineno]). Each source is written to
# a file first, so error texts come from the file as when running a script.
import base64, json, os, sys, tempfile, warnings

def run(src, path):
    with open(path, 'wb') as f:
        f.write(src)
    res = {'class': '', 'warnings': []}
    with warnings.catch_warnings(record=True) as ws:
        warnings.simplefilter('always')
        try:
            compile(src, path, 'exec')
        except SyntaxError as e:
            res.update({'class': type(e).__name__, 'msg': e.msg, 'lineno': e.lineno,
                        'offset': e.offset, 'end_lineno': e.end_lineno,
                        'end_offset': e.end_offset, 'text': e.text})
        except ValueError as e:
            res.update({'class': 'ValueError', 'msg': str(e)})
    res['warnings'] = [[w.category.__name__, str(w.message), w.lineno] for w in ws]
    return res

def main():
    cases = json.load(sys.stdin)
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, 'case.py')
        out = [run(base64.b64decode(c), path) for c in cases]
    json.dump(out, sys.stdout)

main()
