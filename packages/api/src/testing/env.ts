/** The test helpers' environment, read here only: the Python that holds openpyxl, and whether this is CI. */
export function readXlsxTestEnv(): { python: string; ci: boolean } {
  return {
    // Debian's Python, which holds the apt package python3-openpyxl (another python3 may come first on PATH).
    python: process.env.PYTHON ?? "/usr/bin/python3",
    ci: process.env.CI === "true",
  };
}
