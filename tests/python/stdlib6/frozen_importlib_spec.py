# the importlib bootstrap modules have CPython's frozen specs
import _frozen_importlib, _frozen_importlib_external
for m in (_frozen_importlib, _frozen_importlib_external):
    s = m.__spec__
    print(s.name, s.origin, s.loader is _frozen_importlib.FrozenImporter, m.__loader__.__name__, s.parent)
