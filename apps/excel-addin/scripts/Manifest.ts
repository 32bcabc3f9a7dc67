/**
 * The unified JSON manifest of the add-in (manifest.json, schema 1.24: the
 * first whose parser in office-addin-manifest accepts custom functions in a
 * runtime) and its Vietnamese localisation
 * file. One shared runtime (lifetime "long") runs the task pane page and the
 * worksheet functions of namespace THADS; the Vietnamese file points
 * Vietnamese Excel at functions.vi.json. Every URL starts at `baseUrl`
 * (https://localhost:3000/ for `npm run addin`).
 */

/** The add-in's app id (a fixed GUID: Office keys sideloaded add-ins on it). */
export const appId = "5f0b8a52-7c1e-4a8e-9d3b-0c7e2a6f4b19"

/** The version, from the package. */
export const version = "0.1.0"

/** The schema version used. */
export const manifestVersion = "1.24"

/** Files the manifest refers to, relative to the manifest (icons) or to baseUrl. */
export const files = {
  colorIcon: "assets/color-192.png",
  outlineIcon: "assets/outline-32.png",
  ribbon: { 16: "assets/icon-16.png", 32: "assets/icon-32.png", 80: "assets/icon-80.png" },
  page: "taskpane.html",
  functions: "functions.json",
  functionsVi: "functions.vi.json",
  localeVi: "vi-vn.json"
} as const

/** The app package Microsoft 365 takes for sideloading (a zip in dist/), and what it holds: the manifest, its localisation and its icons. */
export const appPackage = {
  name: "thads-excel-addin.zip",
  files: ["manifest.json", files.localeVi, files.colorIcon, files.outlineIcon]
} as const

const runtimeId = "SharedRuntime"

/** The manifest for add-in files served at `baseUrl` (ending with "/"). */
export const make = (baseUrl: string): Record<string, unknown> => {
  const url = (path: string) => new URL(path, baseUrl).href
  const origin = new URL(baseUrl)
  return {
    $schema: `https://developer.microsoft.com/json-schemas/teams/v${manifestVersion}/MicrosoftTeams.schema.json`,
    manifestVersion,
    version,
    id: appId,
    localizationInfo: {
      defaultLanguageTag: "en-us",
      additionalLanguages: [{ languageTag: "vi-vn", file: files.localeVi }]
    },
    developer: {
      name: "thads",
      websiteUrl: url("index.html"),
      privacyUrl: url("privacy.html"),
      termsOfUseUrl: url("terms.html")
    },
    name: { short: "THADS report check", full: "THADS: statistical report check and worksheet functions" },
    description: {
      short: "Checks THADS statistical reports in Excel; deadlines and rates as functions.",
      full:
        "Checks a civil judgment enforcement (THADS) statistical report inside Excel, offline, with findings, " +
        "citations, highlights and notes on the cells; KPIs, targets and the unit's next deadlines; and worksheet " +
        "functions (namespace THADS) for periods, deadlines, working days, the lunar calendar, rates, targets and citations."
    },
    icons: { outline: files.outlineIcon, color: files.colorIcon },
    accentColor: "#0B5C7A",
    validDomains: [origin.host],
    showLoadingIndicator: false,
    isFullScreen: false,
    defaultBlockUntilAdminAction: false,
    authorization: {
      permissions: { resourceSpecific: [{ name: "Document.ReadWrite.User", type: "Delegated" }] }
    },
    extensions: [
      {
        requirements: {
          scopes: ["workbook"],
          capabilities: [
            { name: "CustomFunctionsRuntime", minVersion: "1.1" },
            { name: "SharedRuntime", minVersion: "1.1" },
            { name: "ExcelApi", minVersion: "1.12" }
          ]
        },
        runtimes: [
          {
            id: runtimeId,
            type: "general",
            code: { page: url(files.page) },
            lifetime: "long",
            actions: [{ id: "ShowTaskpane", type: "openPage", displayName: "Check report", pinnable: true }],
            customFunctions: {
              namespace: { id: "THADS", name: "THADS" },
              metadataUrl: url(files.functions)
            }
          }
        ],
        ribbons: [
          {
            contexts: ["default"],
            tabs: [
              {
                builtInTabId: "TabHome",
                groups: [
                  {
                    id: "ThadsGroup",
                    label: "THADS",
                    icons: [16, 32, 80].map((size) => ({ size, url: url(files.ribbon[size as 16]) })),
                    controls: [
                      {
                        id: "ThadsShowTaskpane",
                        type: "button",
                        label: "Check report",
                        icons: [16, 32, 80].map((size) => ({ size, url: url(files.ribbon[size as 16]) })),
                        supertip: {
                          title: "Check report",
                          description: "Open the pane that checks the statistical report in this workbook."
                        },
                        actionId: "ShowTaskpane"
                      }
                    ]
                  }
                ]
              }
            ]
          }
        ]
      }
    ]
  }
}

/** The Vietnamese localisation file (vi-vn.json). */
export const vietnamese = (baseUrl: string): Record<string, unknown> => ({
  $schema: `https://developer.microsoft.com/json-schemas/teams/v${manifestVersion}/MicrosoftTeams.Localization.schema.json`,
  "name.short": "Kiểm tra báo cáo THADS",
  "name.full": "THADS: kiểm tra báo cáo thống kê và hàm trang tính",
  "description.short": "Kiểm tra báo cáo thống kê THADS trong Excel; hạn, kỳ, tỷ lệ dạng hàm.",
  "description.full":
    "Kiểm tra báo cáo thống kê thi hành án dân sự ngay trong Excel, không cần mạng: phát hiện kèm căn cứ, tô màu và " +
    "ghi chú trên ô; chỉ tiêu, tỷ lệ và các hạn báo cáo sắp tới của đơn vị; các hàm trang tính (THADS) về kỳ thống kê, " +
    "hạn báo cáo, ngày làm việc, âm lịch, tỷ lệ, chỉ tiêu và căn cứ pháp lý.",
  "extensions[0].runtimes[0].actions[0].displayName": "Kiểm tra báo cáo",
  "extensions[0].ribbons[0].tabs[0].groups[0].controls[0].label": "Kiểm tra báo cáo",
  "extensions[0].ribbons[0].tabs[0].groups[0].controls[0].supertip.title": "Kiểm tra báo cáo",
  "extensions[0].ribbons[0].tabs[0].groups[0].controls[0].supertip.description":
    "Mở ngăn kiểm tra báo cáo thống kê trong sổ tính này.",
  "extensions[0].runtimes[0].customFunctions.metadataUrl": new URL(files.functionsVi, baseUrl).href
})
