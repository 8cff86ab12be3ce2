package analyze

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestHTMLText(t *testing.T) {
	got, err := htmlText("<html><head><title>Titre</title><style>p{color:red}</style></head><body>" +
		"<script>var alep = 1;</script><h1>La trêve</h1><p>à <b>Alep</b> &amp; Mossoul<br>fin</p><!-- caché --></body></html>")
	if err != nil {
		t.Fatal(err)
	}
	want := "La trêve\n\nà Alep & Mossoul\nfin\n\n"
	if got != want {
		t.Errorf("htmlText = %q, want %q", got, want)
	}
	for _, bad := range []string{"var alep", "color", "caché", "Titre"} {
		if strings.Contains(got, bad) {
			t.Errorf("text holds %q", bad)
		}
	}
}

func TestDecode(t *testing.T) {
	tests := []struct {
		name, data, text, enc string
	}{
		{"utf-8", "L'été", "L'été", "utf-8"},
		{"utf-8 with a BOM", "\xef\xbb\xbfAlep", "Alep", "utf-8"},
		{"windows-1252", "L'\xe9t\xe9 \x80", "L'été €", "windows-1252"},
		{"utf-16le BOM", "\xff\xfeA\x00l\x00", "Al", "utf-16le"},
		{"utf-16be BOM", "\xfe\xff\x00A\x00l", "Al", "utf-16be"},
		{"utf-16le no BOM", "A\x00l\x00e\x00p\x00", "Alep", "utf-16le"},
		{"utf-16be no BOM", "\x00A\x00l\x00e\x00p", "Alep", "utf-16be"},
	}
	for _, tt := range tests {
		text, enc, err := decode([]byte(tt.data))
		if err != nil || text != tt.text || enc != tt.enc {
			t.Errorf("%s: %q %q %v, want %q %q", tt.name, text, enc, err, tt.text, tt.enc)
		}
	}
	for _, bin := range []string{"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PK\x03\x04\x14\x00\x00\x00", "ab\x00cd"} {
		if _, _, err := decode([]byte(bin)); err == nil || !strings.Contains(err.Error(), "binary") {
			t.Errorf("%q: %v, want a binary-data error", bin, err)
		}
	}
}

func TestFilter(t *testing.T) {
	f := Filter{Exclude: []string{"*.md", "drafts/*"}}
	for path, want := range map[string]bool{"a.txt": true, "b.md": false, "c.html": true, "d.log": false, "drafts/e.txt": false} {
		if got := f.takes(path); got != want {
			t.Errorf("takes(%q) = %v", path, got)
		}
	}
	if (Filter{Include: []string{"*.log"}}).takes("a.txt") || !(Filter{Include: []string{"*.log"}}).takes("d.log") {
		t.Error("include")
	}
}

// TestSourceChecksum checks the SHA-256 of a small file and of a large
// one, whose checksum is worked out beside its decoding, against the
// sums of their bytes; a large file that is not text still fails.
func TestSourceChecksum(t *testing.T) {
	dir := t.TempDir()
	small := []byte("La trêve tient à Alep.\n")
	large := bytes.Repeat(small, 5<<20/len(small))
	bad := append(bytes.Clone(large), 0xff, 0xfe, 0x00, 0x01)
	for name, data := range map[string][]byte{"small.txt": small, "large.txt": large} {
		path := filepath.Join(dir, name)
		os.WriteFile(path, data, 0o644)
		src, err := ReadSource(path, nil)
		if err != nil {
			t.Fatal(err)
		}
		sum := sha256.Sum256(data)
		if src.SHA256 != hex.EncodeToString(sum[:]) || src.Size != int64(len(data)) {
			t.Errorf("%s: SHA-256 %s, size %d", name, src.SHA256, src.Size)
		}
	}
	path := filepath.Join(dir, "bad.txt")
	os.WriteFile(path, bad, 0o644)
	if _, err := ReadSource(path, nil); err == nil {
		t.Errorf("a large file with binary bytes was read as text")
	}
}

// TestReadAllOneBuffer checks that a file is read into one buffer of its
// size (and a byte to find the end), and read whole when it grew after
// its size was taken.
func TestReadAllOneBuffer(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.txt")
	text := strings.Repeat("Le chat dort. ", 10000)
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, size := range []int64{int64(len(text)), 10} {
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		data, err := readAll(f, size)
		f.Close()
		if err != nil || string(data) != text {
			t.Fatalf("size %d: read %d bytes, err %v", size, len(data), err)
		}
		if size == int64(len(text)) && cap(data) != len(text)+1 {
			t.Errorf("a file of %d bytes read into a buffer of %d", len(text), cap(data))
		}
	}
}
