// This file defines _locale's gettext functions. Krait has no message
// catalogs, so translation returns the message unchanged (as libintl does
// when no catalog matches); the text domain and its bindings are recorded
// so that the query forms return what was set.

package locale

import "krait/runtime"

var (
	textDomain = "messages"
	domainDirs = map[string]string{}
	domainSets = map[string]string{}
)

// defaultDomainDir is glibc's default message-catalog directory.
const defaultDomainDir = "/usr/share/locale"

func locale_gettext(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	return a[0], nil
}

func locale_dgettext(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	return a[1], nil
}

func locale_dcgettext(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	if _, err := runtime.IndexInt64(a[2], ""); err != nil {
		return runtime.Value{}, err
	}
	return a[1], nil
}

func locale_textdomain(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	mu.Lock()
	defer mu.Unlock()
	if s, ok := a[0].TryStr(); ok {
		textDomain = s.S
	}
	return runtime.StrValue(textDomain), nil
}

func locale_bindtextdomain(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	domain, _ := a[0].TryStr()
	if domain.S == "" {
		return runtime.Value{}, runtime.NewExceptionMsg(errorType(), "domain must be a non-empty string")
	}
	mu.Lock()
	defer mu.Unlock()
	if s, ok := a[1].TryStr(); ok {
		domainDirs[domain.S] = s.S
	}
	if d, ok := domainDirs[domain.S]; ok {
		return runtime.StrValue(d), nil
	}
	return runtime.StrValue(defaultDomainDir), nil
}

func locale_bind_textdomain_codeset(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	domain, _ := a[0].TryStr()
	mu.Lock()
	defer mu.Unlock()
	if s, ok := a[1].TryStr(); ok {
		domainSets[domain.S] = s.S
	}
	if c, ok := domainSets[domain.S]; ok {
		return runtime.StrValue(c), nil
	}
	return runtime.None, nil
}
