/**
 * What office-addin-mock needs from office-addin-manifest (the host names),
 * for bundling the mock into a web page: the real package reads files and
 * cannot run in a browser.
 *
 * @since 0.1.0
 */
export enum OfficeApp {
  Excel = "excel",
  OneNote = "onenote",
  Outlook = "outlook",
  PowerPoint = "powerpoint",
  Project = "project",
  Word = "word"
}
