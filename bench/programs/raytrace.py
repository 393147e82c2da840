# raytrace: a small object-oriented ray tracer (vector class with operator
# overloading, spheres and a checkered plane, diffuse and specular light,
# shadows and reflections); prints a checksum of the rendered pixels.
import sys


def size(full, small):
    if len(sys.argv) < 2:
        return full
    return small if sys.argv[1] == "small" else int(sys.argv[1])


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vec(-self.x, -self.y, -self.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def length(self):
        return self.dot(self) ** 0.5

    def norm(self):
        return self * (1.0 / self.length())

    def mix(self, o):
        return Vec(self.x * o.x, self.y * o.y, self.z * o.z)


BLACK = Vec(0.0, 0.0, 0.0)
WHITE = Vec(1.0, 1.0, 1.0)
EPS = 1e-6


class Ray:
    __slots__ = ("origin", "dir")

    def __init__(self, origin, direction):
        self.origin = origin
        self.dir = direction


class Material:
    def __init__(self, colour, diffuse, specular, reflect):
        self.colour = colour
        self.diffuse = diffuse
        self.specular = specular
        self.reflect = reflect

    def colour_at(self, point):
        return self.colour


class Checker(Material):
    def colour_at(self, point):
        if (int(point.x // 1) + int(point.z // 1)) % 2 == 0:
            return WHITE
        return self.colour


class Sphere:
    def __init__(self, centre, radius, material):
        self.centre = centre
        self.r2 = radius * radius
        self.material = material

    def intersect(self, ray):
        oc = ray.origin - self.centre
        b = oc.dot(ray.dir)
        c = oc.dot(oc) - self.r2
        disc = b * b - c
        if disc < 0:
            return None
        s = disc ** 0.5
        t = -b - s
        if t > EPS:
            return t
        t = -b + s
        return t if t > EPS else None

    def normal(self, p):
        return (p - self.centre).norm()


class Plane:
    def __init__(self, point, normal, material):
        self.point = point
        self.n = normal.norm()
        self.material = material

    def intersect(self, ray):
        d = self.n.dot(ray.dir)
        if abs(d) < EPS:
            return None
        t = (self.point - ray.origin).dot(self.n) / d
        return t if t > EPS else None

    def normal(self, p):
        return self.n


class Scene:
    def __init__(self):
        self.objects = [
            Plane(Vec(0, -1, 0), Vec(0, 1, 0), Checker(Vec(0.2, 0.2, 0.6), 0.8, 0.1, 0.3)),
            Sphere(Vec(0, 0, 4), 1.0, Material(Vec(0.9, 0.2, 0.2), 0.7, 0.5, 0.3)),
            Sphere(Vec(-1.8, -0.3, 5), 0.7, Material(Vec(0.2, 0.9, 0.2), 0.8, 0.3, 0.2)),
            Sphere(Vec(1.7, 0.4, 5.5), 1.2, Material(Vec(0.9, 0.9, 0.9), 0.2, 0.8, 0.7)),
        ]
        self.lights = [(Vec(-5, 5, -2), Vec(1.0, 0.9, 0.8)), (Vec(4, 6, 1), Vec(0.3, 0.3, 0.5))]
        self.ambient = 0.1

    def hit(self, ray):
        best, best_t = None, float("inf")
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < best_t:
                best, best_t = obj, t
        return best, best_t

    def trace(self, ray, depth):
        obj, t = self.hit(ray)
        if obj is None:
            return Vec(0.05, 0.05, 0.1)
        p = ray.origin + ray.dir * t
        n = obj.normal(p)
        m = obj.material
        base = m.colour_at(p)
        colour = base * self.ambient
        for lpos, lcol in self.lights:
            to_light = lpos - p
            dist = to_light.length()
            ldir = to_light * (1.0 / dist)
            shadow, st = self.hit(Ray(p, ldir))
            if shadow is not None and st < dist:
                continue
            lam = n.dot(ldir)
            if lam > 0:
                colour = colour + base.mix(lcol) * (lam * m.diffuse)
            half = (ldir - ray.dir).norm()
            spec = n.dot(half)
            if spec > 0:
                colour = colour + lcol * (m.specular * spec ** 20)
        if depth > 0 and m.reflect > 0:
            r = ray.dir - n * (2 * ray.dir.dot(n))
            colour = colour + self.trace(Ray(p, r), depth - 1) * m.reflect
        return colour


def clamp(x):
    return 0 if x < 0 else 255 if x > 1 else int(x * 255)


def render(w, h):
    scene = Scene()
    eye = Vec(0, 0.5, -1)
    checksum = 0
    total = 0
    for j in range(h):
        for i in range(w):
            d = Vec((i - w / 2) / w, (h / 2 - j) / w, 1.0).norm()
            c = scene.trace(Ray(eye, d), 2)
            r, g, b = clamp(c.x), clamp(c.y), clamp(c.z)
            total += r + g + b
            checksum = (checksum * 131 + r * 65536 + g * 256 + b) % 2147483647
    return total, checksum


def main():
    n = size(270, 16)
    print(*render(n, n * 3 // 4))


main()
