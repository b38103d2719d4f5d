/** Finds settings that would write the same key, or a key and a table containing it. */
import { isPathPrefix, type ManagedSetting } from "./toml-value.js";

/** Two settings that cannot both be written: equal paths, or one path a prefix of the other. */
export interface SettingCollision {
  /** The setting from the first list. */
  readonly a: ManagedSetting;
  /** The setting from the second list. */
  readonly b: ManagedSetting;
}

/**
 * Every pair (`a` from the first list, `b` from the second) whose paths are equal or where one is
 * a prefix of the other (`x` is a value in one and a table holding `x.y` in the other), in the
 * order of `a`, then `b`.
 */
export function findCollisions(
  a: readonly ManagedSetting[],
  b: readonly ManagedSetting[],
): SettingCollision[] {
  const collisions: SettingCollision[] = [];
  for (const left of a) {
    for (const right of b) {
      if (isPathPrefix(left.path, right.path) || isPathPrefix(right.path, left.path)) {
        collisions.push({ a: left, b: right });
      }
    }
  }
  return collisions;
}

/** Colliding pairs inside one list (each pair once, `a` before `b` in list order). */
export function findInternalCollisions(settings: readonly ManagedSetting[]): SettingCollision[] {
  const collisions: SettingCollision[] = [];
  settings.forEach((left, index) => {
    for (const right of settings.slice(index + 1)) {
      if (isPathPrefix(left.path, right.path) || isPathPrefix(right.path, left.path)) {
        collisions.push({ a: left, b: right });
      }
    }
  });
  return collisions;
}
