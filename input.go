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
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/encoding/charmap"
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
// standard input (also when args is empty), files as given, and the .txt
// and .md files inside folders, recursively, in lexical order, hidden
// files and folders left out. An argument that cannot be read comes back
// with its error.
func Inputs(args []string) []Input { return expandPaths(args) }

// expandPaths turns the arguments into the list of inputs, in the order
// given: "-" for standard input, files as given, and the .txt and .md
// files inside folders, recursively, in lexical order. Hidden files and
// folders inside a walked folder are skipped.
func expandPaths(args []string) []Input {
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
			if !d.IsDir() && d.Type().IsRegular() {
				switch strings.ToLower(filepath.Ext(p)) {
				case ".txt", ".md":
					out = append(out, Input{Path: p})
				}
			}
			return nil
		})
		if err != nil {
			out = append(out, Input{a, &InputError{a, explain(err)}})
		}
	}
	return out
}

// ReadSource reads and decodes one input: a file, or stdin for "-". The
// bytes may be UTF-8 (with or without a byte-order mark) or, when they
// are not valid UTF-8, Windows-1252; binary data is refused.
func ReadSource(name string, stdin io.Reader) (Source, *InputError) {
	var data []byte
	var err error
	if name == "-" {
		if stdin == nil {
			return Source{}, &InputError{name, errors.New("no standard input to read (Options.Stdin is nil)")}
		}
		data, err = io.ReadAll(io.LimitReader(stdin, maxInputSize+1))
	} else {
		var f *os.File
		f, err = os.Open(name)
		if err == nil {
			data, err = readAll(f)
			f.Close()
		}
	}
	if err != nil {
		return Source{}, &InputError{name, explain(err)}
	}
	if len(data) > maxInputSize {
		return Source{}, &InputError{name, fmt.Errorf("larger than %d MB; split it into smaller files", maxInputSize>>20)}
	}
	text, enc, err := decode(data)
	if err != nil {
		return Source{}, &InputError{name, err}
	}
	sum := sha256.Sum256(data)
	return Source{Name: name, Text: text, Encoding: enc, Size: int64(len(data)), SHA256: hex.EncodeToString(sum[:])}, nil
}

// readAll reads a file in one allocation of its size, up to maxInputSize+1.
func readAll(f *os.File) ([]byte, error) {
	size := 512
	if info, err := f.Stat(); err == nil && info.Mode().IsRegular() {
		size = int(min(info.Size(), maxInputSize)) + 1
	}
	var buf bytes.Buffer
	buf.Grow(size)
	_, err := buf.ReadFrom(io.LimitReader(f, maxInputSize+1))
	return buf.Bytes(), err
}

// decode turns bytes into UTF-8 text: UTF-8 with or without a byte-order
// mark, or Windows-1252 when the bytes are not valid UTF-8. Binary data
// (NUL bytes) is refused.
func decode(data []byte) (string, string, error) {
	if bytes.HasPrefix(data, []byte("\xef\xbb\xbf")) {
		data = data[3:]
	}
	if bytes.IndexByte(data, 0) >= 0 {
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
