from __future__ import annotations
import json, functools, itertools, operator, sys, weakref, gc, copy, reprlib, abc, enum, collections.abc as cabc
from dataclasses import dataclass, field
from typing import Iterator, Protocol

class InventoryError(Exception):
    """Base error."""
class OutOfStock(InventoryError):
    def __init__(self, sku, wanted, have):
        super().__init__(f"{sku}: wanted {wanted}, have {have}")
        self.sku, self.wanted, self.have = sku, wanted, have
class UnknownItem(InventoryError, KeyError):
    pass

class Category(enum.Enum):
    TOOLS = "tools"
    FOOD = "food"
    TOYS = "toys"
    def __str__(self):
        return self.value.title()

@functools.total_ordering
@dataclass
class Item:
    sku: str
    name: str
    price: float
    qty: int = 0
    category: Category = Category.TOOLS
    tags: set[str] = field(default_factory=set)
    def __lt__(self, other):
        return (self.price, self.sku) < (other.price, other.sku)
    @property
    def value(self) -> float:
        return round(self.price * self.qty, 2)

class Inventory(cabc.MutableMapping):
    def __init__(self):
        self._items: dict[str, Item] = {}
        self._log = []
    def __getitem__(self, sku):
        try:
            return self._items[sku]
        except KeyError:
            raise UnknownItem(sku) from None
    def __setitem__(self, sku, item):
        self._items[sku] = item
        self._log.append(("set", sku))
    def __delitem__(self, sku):
        del self._items[sku]
    def __iter__(self) -> Iterator[str]:
        return iter(sorted(self._items))
    def __len__(self):
        return len(self._items)
    def take(self, sku, n):
        it = self[sku]
        if it.qty < n:
            raise OutOfStock(sku, n, it.qty)
        it.qty -= n
        return it
    def __repr__(self):
        return f"Inventory({reprlib.repr(list(self))})"

inv = Inventory()
for i, (name, price, qty, cat) in enumerate([("hammer", 12.5, 3, Category.TOOLS), ("apple", 0.4, 100, Category.FOOD),
                                              ("yo-yo", 2.0, 0, Category.TOYS), ("saw", 22.0, 1, Category.TOOLS),
                                              ("bread", 2.25, 7, Category.FOOD), ("kite", 15.0, 2, Category.TOYS)]):
    inv[f"S{i:03d}"] = Item(f"S{i:03d}", name, price, qty, cat, {cat.value, name[0]})
print(inv, len(inv), "S001" in inv, inv.get("nope", "default"))
print(sorted(inv.values())[:2])
print(max(inv.values()).name, min(inv.values(), key=operator.attrgetter("qty")).name)
for cat, group in itertools.groupby(sorted(inv.values(), key=lambda x: x.category.value), key=lambda x: x.category):
    g = list(group)
    print(f"{cat!s:6} {cat!r:24} {len(g)} items worth {sum(x.value for x in g):8.2f}")
for sku, n in [("S000", 2), ("S000", 2), ("S999", 1), ("S002", 1)]:
    try:
        it = inv.take(sku, n)
        print("took", n, it.name, "left", it.qty)
    except OutOfStock as e:
        print("OutOfStock:", e, e.args, isinstance(e, InventoryError))
    except KeyError as e:
        print(type(e).__name__, e, repr(e), type(e).__mro__[1].__name__)
inv.pop("S005")
print(list(inv.keys()), inv.setdefault("S100", Item("S100", "new", 1.0)).name)
inv.update({"S101": Item("S101", "upd", 3.0, 1)})
print(len(inv), [k for k, v in inv.items() if v.qty == 0])
snap = copy.deepcopy(inv._items)
inv["S001"].qty = 0
print(snap["S001"].qty, inv["S001"].qty, snap["S001"] == inv["S001"], snap["S001"] is inv["S001"])
def encode(o):
    if isinstance(o, Item):
        return {"sku": o.sku, "name": o.name, "price": o.price, "qty": o.qty, "category": o.category.value, "tags": sorted(o.tags)}
    raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")
s = json.dumps([inv[k] for k in inv], default=encode, indent=1)
print(s[:300])
back = [Item(**{**d, "category": Category(d["category"]), "tags": set(d["tags"])}) for d in json.loads(s)]
print(back[0] == inv[back[0].sku], back[0])
try:
    json.dumps({"x": {1, 2}}, default=encode)
except TypeError as e:
    print("TypeError", e)
try:
    Category("metal")
except ValueError as e:
    print("ValueError", e)
try:
    Item("x")
except TypeError as e:
    print("TypeError", e)
try:
    inv["S000"] < 5
except TypeError as e:
    print("TypeError", e)
class Priced(Protocol):
    price: float
def total(items: list[Priced]) -> float:
    return sum(i.price for i in items)
print(total(list(inv.values())), Item.__annotations__["tags"], total.__annotations__)
r = weakref.ref(inv["S000"]); print(r() is inv["S000"])
wd = weakref.WeakValueDictionary({"a": inv["S000"]}); print(list(wd.keys()))
fin = weakref.finalize(inv, print, "inventory finalized")
print(fin.alive)
print(sys.getrecursionlimit() >= 1000, isinstance(inv, cabc.Mapping), issubclass(Inventory, cabc.Sized))
try:
    Inventory.__abstractmethods__
    class Broken(cabc.MutableMapping): pass
    Broken()
except TypeError as e:
    print("TypeError", e)
del inv
gc.collect()
print("end")
