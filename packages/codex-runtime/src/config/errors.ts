/** The error type of the config model: invalid settings, unparsable TOML, a merge that cannot run. */

/** A problem with `config.toml` settings or text; the message names the option or file and the key. */
export class ConfigError extends Error {
  /** Sets the message and `name = "ConfigError"`. */
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "ConfigError";
  }
}
