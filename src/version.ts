/** The package version, compared when a tag is already defined (kept equal to package.json by a test). */
export const VERSION = '0.1.0';
