# open()'s default encoding is the locale's, fixed at start-up: deleting
# LANG/LC_* from os.environ later does not change it.
import locale, os, tempfile, warnings
enc = locale.getencoding()
for key in ('LC_ALL', 'LANG', 'LC_CTYPE'):
    os.environ.pop(key, None)
with tempfile.TemporaryDirectory() as d:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", EncodingWarning)
        with open(os.path.join(d, 'f'), 'w') as fp:
            print(fp.encoding == enc, fp.encoding == locale.getencoding())
