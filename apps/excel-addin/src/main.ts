/**
 * The add-in's page in the shared runtime: registers the worksheet functions
 * (namespace THADS) as soon as the page loads, then, when Office is ready,
 * mounts the task pane "Kiểm tra báo cáo".
 *
 * @since 0.1.0
 */
import * as Worksheet from "./functions/Worksheet.js"
import * as Pane from "./pane/Pane.js"
import * as Review from "./pane/Review.js"
import * as Settings from "./pane/Settings.js"

Worksheet.register()

void Office.onReady(() => {
  const root = document.getElementById("app")
  if (root === null) return
  Pane.mount(root, {
    run: (f) => Excel.run(f),
    displayLanguage: Office.context.displayLanguage,
    today: () => Review.today(),
    // Roaming settings where the host has them; Excel's task panes keep them in localStorage.
    settings:
      Office.context.roamingSettings !== undefined
        ? Settings.fromOffice(Office.context.roamingSettings as unknown as Settings.OfficeSettings)
        : Settings.fromLocalStorage(window.localStorage)
  })
})
