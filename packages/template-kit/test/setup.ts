import { Testing } from "@codex-coder/cdk";

Testing.setupJest();
