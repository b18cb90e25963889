import * as core from '@actions/core';
import type { ComposeProject } from '../../config/compose/index.js';
import { Redactor } from '../../shared/redaction/redactor.js';
import { REDACT_INPUT } from '../constants.js';

/**
 * This step's secrets: each value (and each form of it) is registered with the runner, which then masks
 * it in the step's log, and redacted from every file, artifact and summary the step writes. Secrets are
 * learned again in each step (from inputs and from what is collected), never passed on in state.
 */
export const stepSecrets = new Redactor((value) => core.setSecret(value));

/** `redact`: one value a line, as users mark their own secrets; empty on actions without the input. */
export function readRedactInput(): void {
  for (const line of core.getInput(REDACT_INPUT).split(/\r?\n/)) {
    const value = line.trim();
    if (value !== '') stepSecrets.add(value);
  }
}

/** Variables an action passes on (run-tests `env`, build args): secret when the name looks so. */
export function learnVariables(variables: Readonly<Record<string, string>>): void {
  for (const [name, value] of Object.entries(variables)) stepSecrets.addVariable(name, value);
}

/** A compose file's secrets: `environment` values and build args whose names look secret, and the content
 * of every top-level secret given inline or from a variable. */
export function learnComposeSecrets(project: ComposeProject): void {
  for (const service of project.services) {
    learnVariables(service.environment);
    learnVariables(service.build?.args ?? {});
  }
  for (const secret of Object.values(project.secrets)) {
    if (secret.content) stepSecrets.add(secret.content);
  }
}
