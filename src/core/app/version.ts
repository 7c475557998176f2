/** The app's version, recorded in files and audit entries. Keep in step with package.json. */
export const APP_VERSION = '0.1.0'
