package analyze

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
)

// maxInputSize is the largest input read; a larger one is reported and skipped.
const maxInputSize = 2 << 30

// Source is one input, read and decoded to UTF-8.
type Source struct {
	Name     string // the path as given, or "-" for standard input
	Text     string
	Encoding string // the encoding the bytes were read as
	Size     int64  // bytes read
	SHA256   string // of the bytes read, in hexadecimal
}

// InputError is an input that could not be read, with the reason.
type InputError struct {
	Path string
	Err  error
}

func (e *InputError) Error() string { return e.Path + ": " + e.Err.Error() }

func (e *InputError) Unwrap() error { return e.Err }

// Input is one input to read, or the reason it cannot be.
type Input struct {
	Path string
	Err  *InputError
}

// Inputs turns arguments into the inputs to read, in order: "-" for
// standard input (also when args is empty), files as given, and the text
// files inside folders, recursively, in lexical order (.txt, .md, .html,
// .htm), hidden files and folders left out. An argument that cannot be
// read comes back with its error.
func Inputs(args []string) []Input { return expandPaths(args, Filter{}) }

// FilteredInputs is Inputs with a Filter for the files of folders.
func FilteredInputs(args []string, f Filter) []Input { return expandPaths(args, f) }

// Filter chooses the files taken from folders by their names: a file is
// taken if it matches one of Include (or, with no Include, if it is a
// text file) and none of Exclude. Patterns are filepath.Match globs,
// matched against the file name, or against the path when they hold a
// slash. Files named on the command line are always taken.
type Filter struct {
	Include, Exclude []string
}

func (f Filter) takes(path string) bool {
	match := func(pats []string) bool {
		for _, p := range pats {
			name := filepath.Base(path)
			if strings.ContainsRune(p, '/') {
				name = filepath.ToSlash(path)
			}
			if ok, _ := filepath.Match(p, name); ok {
				return true
			}
		}
		return false
	}
	if match(f.Exclude) {
		return false
	}
	if len(f.Include) > 0 {
		return match(f.Include)
	}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt", ".md", ".markdown", ".html", ".htm":
		return true
	}
	return false
}

func expandPaths(args []string, filter Filter) []Input {
	if len(args) == 0 {
		return []Input{{Path: "-"}}
	}
	var out []Input
	for _, a := range args {
		if a == "-" {
			out = append(out, Input{Path: a})
			continue
		}
		info, err := os.Stat(a)
		if err != nil {
			out = append(out, Input{a, &InputError{a, explain(err)}})
			continue
		}
		if !info.IsDir() {
			out = append(out, Input{Path: a})
			continue
		}
		err = filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				out = append(out, Input{p, &InputError{p, explain(err)}})
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if p != a && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if !d.IsDir() && d.Type().IsRegular() && filter.takes(p) {
				out = append(out, Input{Path: p})
			}
			return nil
		})
		if err != nil {
			out = append(out, Input{a, &InputError{a, explain(err)}})
		}
	}
	return out
}

// ReadList reads a list of paths, one a line, from a file ("-" for
// standard input); blank lines and lines starting with # are skipped.
func ReadList(name string, stdin io.Reader) ([]string, error) {
	var data []byte
	var err error
	if name == "-" {
		data, err = io.ReadAll(io.LimitReader(stdin, 64<<20))
	} else {
		data, err = os.ReadFile(name)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, explain(err))
	}
	var out []string
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(strings.TrimSuffix(line, "\r"))
		if line != "" && !strings.HasPrefix(line, "#") {
			out = append(out, line)
		}
	}
	return out, nil
}

// ReadSource reads and decodes one input: a file, or stdin for "-". The
// bytes may be UTF-8 (with or without a byte-order mark), UTF-16 (with a
// byte-order mark, or recognised by its zero bytes), or, when they are not
// valid UTF-8, Windows-1252; binary data is refused. HTML files (.html,
// .htm) are reduced to their text, scripts and styles left out.
func ReadSource(name string, stdin io.Reader) (Source, *InputError) {
	return ReadSourceEncoding(name, stdin, "")
}

// ReadSourceEncoding is ReadSource with the encoding forced: a name such
// as utf-8, windows-1252, iso-8859-1, iso-8859-15 or utf-16le (WHATWG
// names), or "" to detect it.
func ReadSourceEncoding(name string, stdin io.Reader, encoding string) (Source, *InputError) {
	var data []byte
	var err error
	if name == "-" {
		if stdin == nil {
			return Source{}, &InputError{name, errors.New("no standard input to read (Options.Stdin is nil)")}
		}
		data, err = io.ReadAll(io.LimitReader(stdin, maxInputSize+1))
	} else {
		// Look before opening: opening a named pipe would wait for a writer.
		var info os.FileInfo
		if info, err = os.Stat(name); err == nil {
			if ierr := checkRegular(name, info); ierr != nil {
				return Source{}, ierr
			}
			var f *os.File
			if f, err = os.Open(name); err == nil {
				data, err = readAll(f, info.Size())
				f.Close()
			}
		}
	}
	if err != nil {
		return Source{}, &InputError{name, explain(err)}
	}
	if len(data) > maxInputSize {
		return Source{}, &InputError{name, fmt.Errorf("larger than %d MB; split it into smaller files", maxInputSize>>20)}
	}
	if len(data) == 0 {
		return Source{}, &InputError{name, errors.New("empty: nothing to analyse")}
	}
	// A large file's checksum is worked out beside its decoding: for a
	// 26 MB file, 19 and 26 ms on one core each.
	var sum [sha256.Size]byte
	var summed sync.WaitGroup
	if len(data) >= 1<<22 {
		summed.Go(func() { sum = sha256.Sum256(data) })
	} else {
		sum = sha256.Sum256(data)
	}
	text, enc, err := decodeAs(data, encoding)
	summed.Wait()
	if err != nil {
		return Source{}, &InputError{name, err}
	}
	if strings.TrimSpace(text) == "" {
		return Source{}, &InputError{name, errors.New("no text: only white space")}
	}
	if ext := strings.ToLower(filepath.Ext(name)); ext == ".html" || ext == ".htm" {
		if text, err = htmlText(text); err != nil {
			return Source{}, &InputError{name, fmt.Errorf("reading the HTML: %v", err)}
		}
	}
	return Source{Name: name, Text: text, Encoding: enc, Size: int64(len(data)), SHA256: hex.EncodeToString(sum[:])}, nil
}

// checkRegular refuses what is not a regular file: a folder given where a
// file is wanted, a named pipe, a device, a socket.
func checkRegular(name string, info os.FileInfo) *InputError {
	m := info.Mode()
	switch {
	case m.IsRegular():
		return nil
	case m.IsDir():
		return &InputError{name, errors.New("a folder, not a file")}
	case m&os.ModeNamedPipe != 0:
		return &InputError{name, errors.New("a named pipe (FIFO), not a file: read it with - on standard input")}
	case m&os.ModeSocket != 0:
		return &InputError{name, errors.New("a socket, not a file")}
	case m&os.ModeDevice != 0:
		return &InputError{name, errors.New("a device, not a file")}
	}
	return &InputError{name, fmt.Errorf("not a regular file (%v)", m.Type())}
}

// readAll reads f, of the given size, in one allocation if it did not
// grow since; maxInputSize+1 bytes at most. (bytes.Buffer.ReadFrom would
// double a full buffer before the read that finds the end: each file
// would take three times its size.)
func readAll(f *os.File, size int64) ([]byte, error) {
	r := io.LimitReader(f, maxInputSize+1)
	buf := make([]byte, 0, min(size, maxInputSize)+1)
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)] // the file grew since
		}
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return buf, err
		}
	}
}

// decodeAs decodes with the named encoding, or detects it when name is "".
func decodeAs(data []byte, name string) (string, string, error) {
	if name == "" {
		return decode(data)
	}
	e, err := htmlindex.Get(name)
	if err != nil {
		return "", "", fmt.Errorf("unknown encoding %q (try utf-8, windows-1252, iso-8859-15, utf-16le)", name)
	}
	canonical, _ := htmlindex.Name(e)
	out, err := e.NewDecoder().Bytes(data)
	if err != nil {
		return "", "", fmt.Errorf("not %s: %v", canonical, err)
	}
	if canonical == "utf-8" {
		out = bytes.TrimPrefix(out, []byte("\xef\xbb\xbf"))
		if !utf8.Valid(data) {
			return "", "", fmt.Errorf("not valid UTF-8 (drop --encoding to detect the encoding)")
		}
	}
	return string(out), canonical, nil
}

// decode turns bytes into UTF-8 text: UTF-8 with or without a byte-order
// mark, UTF-16 with a byte-order mark or, without one, when every other
// byte is zero, and Windows-1252 when the bytes are not valid UTF-8.
// Other data with NUL bytes is refused as binary.
func decode(data []byte) (string, string, error) {
	switch {
	case bytes.HasPrefix(data, []byte("\xef\xbb\xbf")):
		data = data[3:]
	case bytes.HasPrefix(data, []byte("\xff\xfe")), bytes.HasPrefix(data, []byte("\xfe\xff")):
		out, err := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(data)
		if err != nil {
			return "", "", fmt.Errorf("not UTF-16: %v", err)
		}
		enc := "utf-16le"
		if data[0] == 0xfe {
			enc = "utf-16be"
		}
		return string(out), enc, nil
	}
	if bytes.IndexByte(data, 0) >= 0 {
		if order, ok := utf16Order(data); ok {
			out, err := unicode.UTF16(order, unicode.IgnoreBOM).NewDecoder().Bytes(data)
			if err == nil {
				enc := "utf-16le"
				if order == unicode.BigEndian {
					enc = "utf-16be"
				}
				return string(out), enc, nil
			}
		}
		return "", "", fmt.Errorf("binary data (NUL bytes), not text")
	}
	if utf8.Valid(data) {
		// The text shares the bytes, which nothing writes to after this:
		// a copy of a large file would double the memory it takes.
		return unsafe.String(unsafe.SliceData(data), len(data)), "utf-8", nil
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(data)
	if err != nil {
		return "", "", fmt.Errorf("neither UTF-8 nor Windows-1252: %v", err)
	}
	return string(out), "windows-1252", nil
}

// utf16Order recognises UTF-16 without a byte-order mark: text in Latin
// script has a zero in nearly every high byte and almost none in the low
// bytes.
func utf16Order(data []byte) (unicode.Endianness, bool) {
	n := min(len(data), 4096) &^ 1
	if n < 4 || len(data)%2 != 0 {
		return unicode.LittleEndian, false
	}
	var zeros [2]int
	for i := 0; i < n; i++ {
		if data[i] == 0 {
			zeros[i%2]++
		}
	}
	half := n / 2
	switch {
	case zeros[1] > half*9/10 && zeros[0] <= half/10:
		return unicode.LittleEndian, true
	case zeros[0] > half*9/10 && zeros[1] <= half/10:
		return unicode.BigEndian, true
	}
	return unicode.LittleEndian, false
}

// htmlText returns the text of an HTML document: text nodes, a line break
// after each block element, scripts, styles and comments left out.
func htmlText(src string) (string, error) {
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return "", err
	}
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			return
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Head:
				return
			case atom.Br:
				b.WriteByte('\n')
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.P, atom.Div, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Li, atom.Tr,
				atom.Blockquote, atom.Section, atom.Article, atom.Header, atom.Footer, atom.Title, atom.Pre,
				atom.Ul, atom.Ol, atom.Table, atom.Dd, atom.Dt, atom.Figcaption:
				b.WriteString("\n\n")
			}
		}
	}
	walk(doc)
	return b.String(), nil
}

// explain turns an I/O error into a message that says what is wrong.
func explain(err error) error {
	var pe *fs.PathError
	if e, ok := err.(*fs.PathError); ok {
		pe = e
		err = pe.Err
	}
	switch {
	case os.IsNotExist(err):
		return fmt.Errorf("no such file or folder")
	case os.IsPermission(err):
		return fmt.Errorf("permission denied")
	}
	return err
}
