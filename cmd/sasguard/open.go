package main

import (
	"fmt"
	"io/fs"
	"os"
	"syscall"
)

// openRegular opens path for reading without ever blocking: a FIFO put in
// a file's place (even between the walk and the read) would block a plain
// open until someone writes to it. What is not a regular file after the
// open is refused with an error naming what it is.
func openRegular(path string) (*os.File, fs.FileInfo, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, nil, err
	}
	info, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, nil, err
	}
	if !info.Mode().IsRegular() {
		f.Close()
		return nil, nil, fmt.Errorf("is not a regular file (%s); not read", describeMode(info.Mode()))
	}
	return f, info, nil
}

func describeMode(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a FIFO"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	case m.IsDir():
		return "a directory"
	}
	return m.Type().String()
}
