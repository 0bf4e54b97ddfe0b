import { databaseTestsConfig } from "../../vitest.database-tests";

export default databaseTestsConfig({ testTimeout: 120_000 });
