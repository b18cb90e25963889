// OCI runtime wrapper: this machine's capability bounding set lacks CAP_SYS_RESOURCE, and Docker 20.10
// asks for every capability in privileged mode, so runc fails. Drop that one capability from the bundle's
// config.json (create/run) or the process file (exec), then hand over to the real runc unchanged.
//
// The engine runs the runtime for every container create, start, kill and delete and for every exec
// (each healthcheck is one), so this is compiled: an interpreter's start-up here cost each of those calls
// about half a second.
package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"syscall"
)

const dropped = "CAP_SYS_RESOURCE"

func optionValue(args []string, names ...string) string {
	for i, arg := range args {
		for _, name := range names {
			if arg == name && i+1 < len(args) {
				return args[i+1]
			}
			if strings.HasPrefix(arg, name+"=") {
				return strings.TrimPrefix(arg, name+"=")
			}
		}
	}
	return ""
}

func has(args []string, word string) bool {
	for _, arg := range args {
		if arg == word {
			return true
		}
	}
	return false
}

func stripCapabilities(process map[string]any) {
	caps, _ := process["capabilities"].(map[string]any)
	for key, value := range caps {
		list, ok := value.([]any)
		if !ok {
			continue
		}
		kept := make([]any, 0, len(list))
		for _, capability := range list {
			if capability != dropped {
				kept = append(kept, capability)
			}
		}
		caps[key] = kept
	}
}

// rewrite leaves a file it cannot read or parse as it is: runc then reports what is wrong with it.
func rewrite(path string, selectProcess func(map[string]any) map[string]any) {
	data, err := os.ReadFile(path)
	if err != nil {
		return
	}
	// Numbers stay as written: a float64 would round large limits and ids.
	decoder := json.NewDecoder(bytes.NewReader(data))
	decoder.UseNumber()
	var doc map[string]any
	if decoder.Decode(&doc) != nil {
		return
	}
	process := selectProcess(doc)
	if process == nil {
		return
	}
	stripCapabilities(process)
	if out, err := json.Marshal(doc); err == nil {
		_ = os.WriteFile(path, out, 0o644)
	}
}

func main() {
	realRunc := os.Getenv("REAL_RUNC")
	if realRunc == "" {
		realRunc = "/usr/bin/runc"
	}
	args := os.Args[1:]
	if has(args, "create") || has(args, "run") {
		bundle := optionValue(args, "--bundle", "-b")
		if bundle == "" {
			bundle, _ = os.Getwd()
		}
		rewrite(filepath.Join(bundle, "config.json"), func(doc map[string]any) map[string]any {
			process, _ := doc["process"].(map[string]any)
			return process
		})
	}
	if has(args, "exec") {
		if file := optionValue(args, "--process", "-p"); file != "" {
			rewrite(file, func(doc map[string]any) map[string]any { return doc })
		}
	}
	err := syscall.Exec(realRunc, append([]string{realRunc}, args...), os.Environ())
	os.Stderr.WriteString("runc-drop-sys-resource: cannot run " + realRunc + ": " + err.Error() + "\n")
	os.Exit(127)
}
