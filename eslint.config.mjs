// Shared lint rules for every package: type-aware TypeScript rules plus the one
// house rule that matters most: environment variables are read in one place per
// package (an `env.ts`), never scattered through the code.
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["**/node_modules/**", "**/dist/**", "**/.next/**", "**/generated/**", "**/*.config.*"] },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read configuration through the package's env.ts." },
      ],
    },
  },
  {
    files: ["**/env.ts", "**/*.test.ts", "**/test/**", "**/bench/**", "**/e2e/**", "**/scripts/**"],
    rules: { "no-restricted-properties": "off" },
  },
);
