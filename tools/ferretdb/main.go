// Command ferretdb runs an embedded FerretDB v1 (MongoDB wire protocol) on top of
// its pure-Go SQLite backend, for running Payload's MongoDB adapter in tests.
//
// Embedding is needed because `go install .../cmd/ferretdb` panics at start: that
// main package requires a generated build/version/version.txt which module
// downloads lack; the embeddable package skips that check.
package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"net/url"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"

	"github.com/FerretDB/FerretDB/ferretdb"
)

func main() {
	listenAddr := flag.String("listen-addr", "127.0.0.1:27017", "TCP host:port to listen on (port 0 picks a free port)")
	sqliteDir := flag.String("sqlite-dir", "ferretdb-data", "directory for SQLite database files (created if missing)")
	// Default "error": at "warn" FerretDB dumps every failed command (e.g. the driver's
	// endSessions on each close, unimplemented features) to stderr.
	logLevel := flag.String("log-level", "error", "log level: debug, info, warn, error")
	flag.Parse()

	var level slog.Level
	if err := level.UnmarshalText([]byte(*logLevel)); err != nil {
		fatal(err)
	}
	// Logs go to stderr so stdout carries only the READY line.
	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))

	// The SQLite backend wants an existing directory, as a URI ending with "/".
	dir, err := filepath.Abs(*sqliteDir)
	if err != nil {
		fatal(err)
	}
	if err = os.MkdirAll(dir, 0o755); err != nil {
		fatal(err)
	}

	f, err := ferretdb.New(&ferretdb.Config{
		Listener:  ferretdb.ListenerConfig{TCP: *listenAddr},
		Logger:    logger,
		Handler:   "sqlite",
		SQLiteURL: "file:" + filepath.ToSlash(dir) + "/",
	})
	if err != nil {
		fatal(err)
	}

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()

	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = f.Run(ctx) // returns once ctx is cancelled and connections/backend are closed
	}()

	// In v1.24 New() has already bound the socket (connections queue in the backlog
	// until Run accepts them), so MongoDBURI() holds the real address, even for port 0.
	u, err := url.Parse(f.MongoDBURI())
	if err != nil {
		fatal(err)
	}
	fmt.Printf("READY %s\n", u.Host)

	<-done
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "ferretdb:", err)
	os.Exit(1)
}
