// One PostgreSQL server for the whole test run (see src/testing/global-setup.ts).
import { postgresGlobalSetup } from "./src/testing/global-setup";

export default postgresGlobalSetup;
