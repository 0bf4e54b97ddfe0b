import { databaseTestsConfig } from "../../vitest.database-tests";

export default databaseTestsConfig({ testTimeout: 180_000 });
