// This file adds the two pieces of GNU readline behaviour a program can
// observe without a line editor: a line read by input() at a terminal goes
// into the history (set_auto_history, on by default), and the inputrc file
// ($INPUTRC, else ~/.inputrc) may limit the history's size with
// "set history-size N" (readline then stifles the list: older entries
// drop off as new ones come, from add_history and read_history_file alike).
package readline

import (
	"bufio"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"krait/runtime"
)

// maxEntries is the inputrc's history-size, or 0 for no limit.
var maxEntries int

// addEntry appends line to the history, dropping the oldest entries beyond
// the inputrc's history-size.
func addEntry(lines ...string) {
	state.history = append(state.history, lines...)
	if maxEntries > 0 && len(state.history) > maxEntries {
		state.history = append([]string(nil), state.history[len(state.history)-maxEntries:]...)
	}
}

// autoAddHistory is the interactive input() hook: readline adds a
// non-empty line unless it repeats the last entry.
func autoAddHistory(line string) {
	if !state.autoHistory || line == "" {
		return
	}
	if n := len(state.history); n > 0 && state.history[n-1] == line {
		return
	}
	addEntry(line)
}

// readInputrc applies the inputrc's history-size, ignoring the many
// settings that concern line editing.
func readInputrc() {
	name := os.Getenv("INPUTRC")
	if name == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return
		}
		name = filepath.Join(home, ".inputrc")
	}
	f, err := os.Open(name)
	if err != nil {
		return
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) == 3 && fields[0] == "set" && strings.EqualFold(fields[1], "history-size") {
			if n, err := strconv.Atoi(fields[2]); err == nil {
				maxEntries = max(n, 0)
			}
		}
	}
}

func initAutoHistory() {
	readInputrc()
	runtime.InputLineHook = autoAddHistory
}
