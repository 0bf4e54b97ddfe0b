// Next's ambient types (CSS and image imports). Kept here instead of the generated next-env.d.ts, which points into
// .next/: the type check must not depend on (or race) a build.
/// <reference types="next" />
/// <reference types="next/image-types/global" />
