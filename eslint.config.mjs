// Shared lint rules for every package (each package's `eslint src` finds this file; apps/web extends it in its own
// eslint.config.mjs with the React hooks and Next.js rules). Type-aware TypeScript rules through the project
// service (each file is checked against its package's tsconfig.json: floating and misused promises, values typed
// `any` flowing into typed code), plus the one house rule that matters most: environment variables are read in one
// place per package (an `env.ts`), never scattered through the code.
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["**/node_modules/**", "**/dist/**", "**/.next/**", "**/generated/**", "**/*.config.*"] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
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
  {
    files: ["**/*.test.ts", "**/*.spec.ts"],
    // vitest's and Playwright's asymmetric matchers (expect.stringMatching, expect.any) are typed `any`.
    rules: { "@typescript-eslint/no-unsafe-assignment": "off" },
  },
  // Plain JavaScript files belong to no tsconfig, so the project service cannot type them.
  { files: ["**/*.{js,mjs,cjs}"], ...tseslint.configs.disableTypeChecked },
);
