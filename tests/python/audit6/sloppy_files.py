import os, tempfile, json, csv
d = tempfile.mkdtemp()
p = os.path.join(d, "out.txt")
open(p, "w").write("data one\n")
print(repr(open(p).read()))
def save(obj):
    f = open(os.path.join(d, "o.json"), "w")
    json.dump(obj, f)
save({"a": 1})
print(open(os.path.join(d, "o.json")).read())
w = csv.writer(open(os.path.join(d, "c.csv"), "w", newline=""))
w.writerow(["x", "y"]); del w
print(repr(open(os.path.join(d, "c.csv")).read()))
f = open(p, "a"); f.write("appended\n"); f = None
print(open(p).read().splitlines())
for i in range(3):
    out = open(os.path.join(d, f"n{i}.txt"), "w")
    out.write(str(i))
print([open(os.path.join(d, f"n{i}.txt")).read() for i in range(3)])
lines = [l for l in open(p)]
print(lines)
import shutil; shutil.rmtree(d)
