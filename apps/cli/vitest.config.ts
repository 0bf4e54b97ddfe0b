import { databaseTestsConfig } from "../../vitest.database-tests";

export default databaseTestsConfig({ testTimeout: 240_000 });
