// Command compose-config loads compose files as `docker compose config --format json` (v2.40) does and
// prints {"project": ..., "warnings": [...]} or {"error": "...", "warnings": [...]} on stdout.
// Our differential test compares its project with the one inception loads from the same files.
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"

	"github.com/compose-spec/compose-go/v2/cli"
	"github.com/compose-spec/compose-go/v2/dotenv"
	"github.com/sirupsen/logrus"
)

type stringList []string

func (s *stringList) String() string     { return strings.Join(*s, ",") }
func (s *stringList) Set(v string) error { *s = append(*s, v); return nil }

// warningHook keeps what compose-go logs as warnings (unset variables, obsolete version, ...).
type warningHook struct{ messages []string }

func (h *warningHook) Levels() []logrus.Level { return []logrus.Level{logrus.WarnLevel} }
func (h *warningHook) Fire(entry *logrus.Entry) error {
	h.messages = append(h.messages, entry.Message)
	return nil
}

type result struct {
	Project  json.RawMessage `json:"project,omitempty"`
	Error    string          `json:"error,omitempty"`
	Warnings []string        `json:"warnings"`
}

// docker compose's CLI (cmd/compose) registers `env_file: {format: raw}`: docker run --env-file's rules,
// KEY=value lines kept verbatim (no quotes, no interpolation), a bare KEY taken from the lookup.
func init() {
	dotenv.RegisterFormat("raw", func(r io.Reader, filename string, vars map[string]string, lookup func(string) (string, bool)) error {
		scanner := bufio.NewScanner(r)
		for line := 1; scanner.Scan(); line++ {
			text := strings.TrimLeftFunc(strings.TrimPrefix(scanner.Text(), "\uFEFF"), unicode.IsSpace)
			if text == "" || text[0] == '#' {
				continue
			}
			key, value, hasValue := strings.Cut(text, "=")
			if key == "" || strings.ContainsAny(key, " \t") {
				return fmt.Errorf("failed to parse env_file %s: bad variable name on line %d", filename, line)
			}
			if hasValue {
				vars[key] = value
			} else if found, ok := lookup(key); ok {
				vars[key] = found
			}
		}
		return scanner.Err()
	})
}

func main() {
	var files, profiles, envFiles stringList
	projectDir := flag.String("project-directory", "", "working directory of the project")
	projectName := flag.String("project-name", "", "project name")
	flag.Var(&files, "f", "compose file (repeatable)")
	flag.Var(&profiles, "profile", "profile to enable (repeatable)")
	flag.Var(&envFiles, "env-file", "env file (repeatable)")
	flag.Parse()

	hook := &warningHook{}
	logrus.SetOutput(io.Discard)
	logrus.AddHook(hook)
	out := result{Warnings: []string{}}
	project, err := load(files, profiles, envFiles, *projectDir, *projectName, flag.Args())
	out.Warnings = append(out.Warnings, hook.messages...)
	if err != nil {
		out.Error = err.Error()
	} else {
		out.Project = project
	}
	encoded, _ := json.Marshal(out)
	fmt.Println(string(encoded))
}

// load follows docker compose v2.40 cmd/compose: toProjectOptions, configOptions.ToProjectOptions, ToProject.
func load(files, profiles, envFiles []string, projectDir, projectName string, services []string) (json.RawMessage, error) {
	opts := []cli.ProjectOptionsFn{
		cli.WithInterpolation(true),
		cli.WithResolvedPaths(true),
		cli.WithNormalization(true),
		cli.WithConsistency(true),
		cli.WithDefaultProfiles(profiles...),
		cli.WithDiscardEnvFile,
		cli.WithWorkingDirectory(projectDir),
		cli.WithOsEnv,
	}
	if _, present := os.LookupEnv("PWD"); !present {
		if pwd, err := os.Getwd(); err == nil {
			opts = append(opts, cli.WithEnv([]string{"PWD=" + pwd}))
		}
	}
	opts = append(opts,
		cli.WithEnvFiles(envFiles...),
		cli.WithDotEnv,
		cli.WithConfigFileEnv,
		cli.WithDefaultConfigPath,
		cli.WithEnvFiles(envFiles...),
		cli.WithDotEnv,
		cli.WithDefaultProfiles(profiles...),
		cli.WithName(projectName),
	)
	options, err := cli.NewProjectOptions(files, opts...)
	if err != nil {
		return nil, err
	}
	ctx := context.Background()
	project, err := options.LoadProject(ctx)
	if err != nil {
		return nil, err
	}
	if project.Name == "" {
		return nil, fmt.Errorf("project name can't be empty. Use `--project-name` to set a valid name")
	}
	project, err = project.WithServicesEnabled(services...)
	if err != nil {
		return nil, err
	}
	project, err = project.WithSelectedServices(services)
	if err != nil {
		return nil, err
	}
	project = project.WithoutUnnecessaryResources()
	project, err = project.WithServicesEnvironmentResolved(true)
	if err != nil {
		return nil, err
	}
	if err := project.CheckContainerNameUnicity(); err != nil {
		return nil, err
	}
	return project.MarshalJSON()
}
