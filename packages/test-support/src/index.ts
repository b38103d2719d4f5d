export * from "./toolchain.js";
export * from "./provisioner.js";
export * from "./plan.js";
export * from "./mock-responses.js";
export * from "./static-server.js";
export * from "./scratch.js";
export * from "./code-server.js";
export * from "./kube-apiserver.js";
