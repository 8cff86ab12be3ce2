package corpora

import (
	"strings"
	"testing"
)

func TestText(t *testing.T) {
	novel, err := Text("eltec-fra/FRA00101_Adam.txt", 1000)
	if err != nil {
		t.Skipf("shared corpora absent: %v", err)
	}
	if len(novel) != 1000 || !strings.Contains(novel, " ") {
		t.Errorf("%d bytes of the novel, want 1000 of text", len(novel))
	}
	folder, err := Text("eltec-fra", 1<<20)
	if err != nil || len(folder) != 1<<20 || !strings.HasPrefix(folder, novel) {
		t.Errorf("folder: %d bytes, %v; want 1 MB starting with the first novel", len(folder), err)
	}
	if _, err := Text("no-such-corpus", 10); err == nil {
		t.Error("no error for a missing corpus")
	}
}
