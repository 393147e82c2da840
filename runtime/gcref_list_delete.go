// This file defines listDeleteAt, the removal of one list item that
// del l[i], list.pop and list.remove share.

package runtime

// listDeleteAt removes l.items[i], clearing the slot the shift frees at
// the end of the backing array: `append(items[:i], items[i+1:]...)` left
// the last item there, so a popped object stayed alive as long as the
// list (the leak test_concurrent_futures' test_free_reference found: its
// result iterator pops futures off a list).
func listDeleteAt(l *List, i int) {
	n := len(l.items)
	copy(l.items[i:], l.items[i+1:])
	l.items[n-1] = Value{}
	l.items = l.items[:n-1]
}
