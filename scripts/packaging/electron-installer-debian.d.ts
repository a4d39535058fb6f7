/** The part of electron-installer-debian (which ships no types) that the .deb check uses. */
declare module 'electron-installer-debian' {
  export interface DebianInstallerOptions {
    /** The unpacked app. */
    src: string
    /** Where the .deb is written. */
    dest: string
    arch: string
    bin?: string
    icon?: string
    categories?: string[]
    /** Added to the Electron dependencies electron-installer-debian lists itself. */
    depends?: string[]
    section?: string
    logger?: (message: string) => void
  }

  /** The options it used, with the path of each package it wrote. */
  export interface DebianInstallerResult extends DebianInstallerOptions {
    name: string
    version: string
    packagePaths: string[]
  }

  export default function createDebianInstaller(
    options: DebianInstallerOptions,
  ): Promise<DebianInstallerResult>
}
