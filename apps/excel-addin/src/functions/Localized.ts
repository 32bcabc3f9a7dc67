/**
 * The Vietnamese names and descriptions of the worksheet functions (tên và
 * mô tả tiếng Việt). custom-functions-metadata cannot localise, so the build
 * writes `functions.json` (English, from the JSDoc of `Worksheet.ts`) and
 * `functions.vi.json` = that metadata with these texts put in by
 * {@link localize}; the manifest points Vietnamese Excel at the second. Ids
 * stay ASCII and never change; names avoid Excel's built-in names.
 *
 * @since 0.1.0
 */

/**
 * The Vietnamese text of one function.
 *
 * @example
 * ```ts
 * const t: Localized.Text = { name: "TỶ_LỆ", description: "…", parameters: [{ name: "tử_số", description: "…" }] }
 * ```
 * @since 0.1.0
 */
export interface Text {
  readonly name: string
  readonly description: string
  readonly parameters: ReadonlyArray<{ readonly name: string; readonly description: string }>
}

const date = { name: "ngày", description: "Ngày: ngày của Excel hoặc chuỗi YYYY-MM-DD." }
const row = {
  name: "dòng",
  description: "14 chỉ tiêu 01 đến 14 của một dòng báo cáo (một dòng hoặc một cột)."
}

/**
 * Vietnamese texts by function id.
 *
 * @example
 * ```ts
 * Localized.vi.DEADLINE.name // "HẠN_BÁO_CÁO"
 * ```
 * @since 0.1.0
 */
export const vi: Readonly<Record<string, Text>> = {
  PERIOD: {
    name: "KỲ_THỐNG_KÊ",
    description: "Kỳ thống kê lũy kế chứa một ngày: tên kỳ, ngày đầu và ngày cuối, trên một dòng.",
    parameters: [date]
  },
  DEADLINE: {
    name: "HẠN_BÁO_CÁO",
    description: "Ngày cuối cùng gửi báo cáo thống kê của một kỳ (ngày của Excel).",
    parameters: [
      { name: "năm", description: "Năm thống kê (từ 01/10 năm trước đến 30/9)." },
      { name: "số_tháng", description: "Số tháng của kỳ lũy kế, 1 đến 12." },
      { name: "cấp", description: "Cấp báo cáo: chv, chi-cuc, cuc, phong-khu-vuc hoặc thads-tinh." },
      {
        name: "chế_độ",
        description: "Chế độ báo cáo: tt01-2013, tt06-2019 hoặc tt05-2024; mặc định là chế độ có hiệu lực khi hết kỳ."
      }
    ]
  },
  WORKDAY: {
    name: "CỘNG_NGÀY_LÀM_VIỆC",
    description: "Ngày làm việc thứ n của công chức sau một ngày (không tính ngày đó).",
    parameters: [
      { name: "ngày", description: "Ngày bắt đầu: ngày của Excel hoặc chuỗi YYYY-MM-DD." },
      { name: "số_ngày", description: "Số ngày làm việc; số âm để đếm lùi." }
    ]
  },
  NETWORKDAYS: {
    name: "SỐ_NGÀY_LÀM_VIỆC",
    description: "Số ngày làm việc của công chức giữa hai ngày, tính cả hai đầu.",
    parameters: [
      { name: "từ_ngày", description: "Ngày đầu: ngày của Excel hoặc chuỗi YYYY-MM-DD." },
      { name: "đến_ngày", description: "Ngày cuối: ngày của Excel hoặc chuỗi YYYY-MM-DD." }
    ]
  },
  ISWORKDAY: {
    name: "LÀ_NGÀY_LÀM_VIỆC",
    description: "Công chức có làm việc vào ngày này không (tính cả ngày nghỉ lễ và thứ Bảy làm bù).",
    parameters: [date]
  },
  LUNAR: {
    name: "ÂM_LỊCH",
    description: "Ngày âm lịch Việt Nam của một ngày dương lịch: ngày, tháng, năm, tháng nhuận, trên một dòng.",
    parameters: [{ name: "ngày", description: "Ngày dương lịch: ngày của Excel hoặc chuỗi YYYY-MM-DD." }]
  },
  SOLAR: {
    name: "DƯƠNG_LỊCH",
    description: "Ngày dương lịch của một ngày âm lịch Việt Nam.",
    parameters: [
      { name: "ngày", description: "Ngày âm lịch, 1 đến 30." },
      { name: "tháng", description: "Tháng âm lịch, 1 đến 12." },
      { name: "năm", description: "Năm âm lịch." },
      { name: "nhuận", description: "TRUE nếu là tháng nhuận." }
    ]
  },
  RATE: {
    name: "TỶ_LỆ",
    description:
      "Tỷ lệ phần trăm: tử số chia mẫu số nhân 100, tính chính xác, làm tròn một lần đến 2 chữ số thập phân.",
    parameters: [
      { name: "tử_số", description: "Tử số: số việc hoặc số tiền (đồng), số nguyên." },
      { name: "mẫu_số", description: "Mẫu số: số việc hoặc số tiền (đồng), số nguyên." }
    ]
  },
  COMPLETION: {
    name: "TỶ_LỆ_XONG",
    description: "Tỷ lệ thi hành xong của một dòng báo cáo: chỉ tiêu 08 chia 07 nhân 100.",
    parameters: [row]
  },
  ENFORCEABLE_SHARE: {
    name: "TỶ_LỆ_CÓ_ĐIỀU_KIỆN",
    description: "Tỷ lệ có điều kiện thi hành của một dòng báo cáo: chỉ tiêu 07 chia 06 nhân 100.",
    parameters: [row]
  },
  TARGET: {
    name: "CHỈ_TIÊU",
    description: "Chỉ tiêu tỷ lệ thi hành xong của đơn vị trong năm thống kê (của đơn vị, nếu không có thì toàn quốc).",
    parameters: [
      { name: "đơn_vị", description: "Mã đơn vị, ví dụ cuc-tay-ninh, hoặc national." },
      { name: "năm", description: "Năm thống kê." },
      { name: "loại", description: "việc hoặc tiền." }
    ]
  },
  CITE: {
    name: "CĂN_CỨ",
    description: "Căn cứ pháp lý của một mã phát hiện hay quy tắc (đẳng thức, chỉ tiêu, tỷ lệ, văn bản).",
    parameters: [{ name: "mã", description: "Mã phát hiện như report-late, hoặc I13, V08, R1, tt-06-2019-btp." }]
  }
}

/** The shape of `functions.json` this module touches. */
interface Metadata {
  readonly functions: ReadonlyArray<{
    readonly id: string
    readonly name: string
    readonly description?: string
    readonly parameters: ReadonlyArray<{ readonly name: string; readonly description?: string }>
  }>
}

/**
 * The metadata with the Vietnamese texts put in. Throws when a function or
 * a parameter has no Vietnamese text, or when the parameter counts differ:
 * the build fails rather than ship a half-translated file.
 *
 * @example
 * ```ts
 * const functionsJson = '{ "functions": [{ "id": "RATE", "name": "RATE", "parameters": [{ "name": "numerator" }, { "name": "denominator" }] }] }'
 * const viJson = Localized.localize(JSON.parse(functionsJson), { RATE: Localized.vi.RATE })
 * viJson.functions[0].name // "TỶ_LỆ"
 * viJson.functions[0].parameters.map((p) => p.name) // ["tử_số", "mẫu_số"]
 * Localized.localize(JSON.parse(functionsJson)) // Error: Vietnamese texts for functions that do not exist: PERIOD, …
 * ```
 * @since 0.1.0
 */
export const localize = <M extends Metadata>(metadata: M, texts: Readonly<Record<string, Text>> = vi): M => {
  const ids = new Set(metadata.functions.map((f) => f.id))
  const extra = Object.keys(texts).filter((id) => !ids.has(id))
  if (extra.length > 0) throw new Error(`Vietnamese texts for functions that do not exist: ${extra.join(", ")}`)
  return {
    ...metadata,
    functions: metadata.functions.map((f) => {
      const t = texts[f.id]
      if (t === undefined) throw new Error(`function ${f.id} has no Vietnamese name and description`)
      if (t.parameters.length !== f.parameters.length) {
        throw new Error(`function ${f.id}: ${f.parameters.length} parameters, ${t.parameters.length} Vietnamese texts`)
      }
      return {
        ...f,
        name: t.name,
        description: t.description,
        parameters: f.parameters.map((p, i) => ({
          ...p,
          name: t.parameters[i]!.name,
          description: t.parameters[i]!.description
        }))
      }
    })
  }
}
