/** What runs on this machine, read from /proc: for cleanup by PID and for secret-leak checks. */
import { readdirSync, readFileSync } from "node:fs";
import { sleep } from "./polling.js";

/** Whether `/proc/<pid>/stat` says the process is a zombie (dead, waiting for its parent). */
function isZombie(stat: string): boolean {
  return /^\d+ \(.*\) Z /s.test(stat);
}

/** Whether a process is still alive: it exists, this process may signal it, and it is no zombie. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !isZombie(readFileSync(`/proc/${pid}/stat`, "latin1"));
  } catch {
    return false;
  }
}

/** Stops a process by PID: SIGTERM, then SIGKILL when it is still alive after `graceMs`. */
export async function terminate(pid: number, graceMs = 5000): Promise<void> {
  if (!isAlive(pid)) return;
  process.kill(pid, "SIGTERM");
  for (let waited = 0; waited < graceMs && isAlive(pid); waited += 100) await sleep(100);
  if (isAlive(pid)) process.kill(pid, "SIGKILL");
}

/** SIGKILL to each of `pids`; those already gone are passed over. */
export function killAll(pids: readonly number[]): void {
  for (const pid of pids) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
}

/**
 * Live processes (not zombies, not this one) whose environment holds `assignment` exactly, e.g.
 * `HOME=/path/of/a/test/workspace` or a marker variable the test set for everything it starts.
 */
export function processesWithEnv(assignment: string): number[] {
  const found: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    if (pid === process.pid) continue;
    try {
      const environ = readFileSync(`/proc/${entry}/environ`, "latin1").split("\0");
      if (!environ.includes(assignment)) continue;
      if (isZombie(readFileSync(`/proc/${entry}/stat`, "latin1"))) continue;
      found.push(pid);
    } catch {
      // gone, or not ours to read
    }
  }
  return found;
}

/**
 * Command lines of every process with one (what `ps -eww -o pid,args` prints, `<pid> <args>` a
 * line), read from /proc directly so a snapshot every 100 ms costs no process of its own.
 */
export function processSnapshot(): string {
  const lines: string[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const args = readFileSync(`/proc/${entry}/cmdline`, "utf8").split("\0").join(" ").trim();
      if (args !== "") lines.push(`${entry} ${args}`);
    } catch {
      // gone
    }
  }
  return lines.join("\n");
}
