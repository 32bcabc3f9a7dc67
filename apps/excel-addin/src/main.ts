/**
 * The add-in's page in the shared runtime: registers the worksheet functions
 * (namespace THADS) as soon as the page loads, then, when Office is ready,
 * mounts the task pane.
 *
 * @since 0.1.0
 */
import * as Worksheet from "./functions/Worksheet.js"

Worksheet.register()
