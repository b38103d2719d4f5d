/**
 * The order arguments are printed in, per resource or data source type (and nested block, as
 * `type.block`): the order Coder's documentation and registry templates write them in, which
 * reads identity first (`name`, `display_name`, `description`, `type`, …) where the schema's own
 * JSON lists them alphabetically. Arguments not listed follow in the order they come, and blocks
 * always follow the arguments.
 */
const ORDER: Readonly<Record<string, readonly string[]>> = {
  coder_parameter: [
    "name",
    "display_name",
    "description",
    "type",
    "form_type",
    "default",
    "mutable",
    "ephemeral",
    "icon",
    "order",
    "styling",
  ],
  "coder_parameter.option": ["name", "description", "value", "icon"],
  "coder_parameter.validation": ["min", "max", "monotonic", "regex", "error"],
  coder_agent: [
    "arch",
    "os",
    "dir",
    "startup_script_behavior",
    "startup_script",
    "shutdown_script",
    "env",
  ],
  "coder_agent.metadata": ["key", "display_name", "script", "interval", "timeout", "order"],
  coder_app: [
    "agent_id",
    "slug",
    "display_name",
    "icon",
    "url",
    "command",
    "subdomain",
    "share",
    "open_in",
    "order",
  ],
  "coder_app.healthcheck": ["url", "interval", "threshold"],
  coder_script: [
    "agent_id",
    "display_name",
    "icon",
    "script",
    "run_on_start",
    "run_on_stop",
    "cron",
    "start_blocks_login",
    "timeout",
    "log_path",
  ],
  coder_env: ["agent_id", "name", "value"],
  coder_workspace_preset: ["name", "description", "icon", "default", "parameters"],
  coder_ai_task: ["app_id"],
  coder_metadata: ["resource_id", "hide", "icon", "daily_cost"],
  "coder_metadata.item": ["key", "value", "sensitive"],
};

/** The printing order of the arguments of `path` (`coder_app`, `coder_app.healthcheck`), if set. */
export function argumentOrder(path: string): readonly string[] | undefined {
  return Object.hasOwn(ORDER, path) ? ORDER[path] : undefined;
}
