# __text_signature__ and inspect of builtin module functions whose
# signatures state defaults (os.stat's dir_fd=None, follow_symlinks=True).
import inspect, os, _codecs, operator, unicodedata, codecs
for f in (os.stat, os.lstat, os.open, os.mkdir, os.rename, os.utime, _codecs.encode,
          codecs.utf_16_ex_decode, operator.length_hint, unicodedata.normalize, os.getcwd):
    if "unrepresentable" in (f.__text_signature__ or ""):
        print(f.__name__, repr(f.__text_signature__))
        continue
    print(f.__name__, repr(f.__text_signature__))
    print("  ", inspect.signature(f))
spec = inspect.getfullargspec(os.stat)
print(spec.args, spec.kwonlyargs, spec.kwonlydefaults, spec.defaults)
print(inspect.getfullargspec(os.open))
