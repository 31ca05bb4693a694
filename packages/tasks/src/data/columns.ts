/**
 * Header words of the columns of a task table, by meaning. Source: the column
 * names of Vietnamese government action programmes and task appendices
 * (Resolutions 03/NQ-CP and 71/NQ-CP 2025, the task lists annexed to Ban Chỉ
 * đạo notices, provincial implementation plans), as listed in issue 4, plus
 * the common variants of the same words in those documents.
 *
 * Written with diacritics as printed; matching drops case, diacritics and
 * punctuation, and accepts a header that starts with one of these followed by
 * more words (`Cơ quan chủ trì thực hiện`, `Thời gian hoàn thành (dự kiến)`).
 */

export type ColumnRole = 'id' | 'task' | 'owner' | 'coordinators' | 'result' | 'deadline'

export const columnSynonyms: Readonly<Record<ColumnRole, readonly string[]>> = {
  id: ['TT', 'STT', 'Số TT', 'Số thứ tự', 'Số'],
  task: [
    'Tên nhiệm vụ',
    'Nội dung',
    'Nhiệm vụ',
    'Nội dung nhiệm vụ',
    'Nội dung công việc',
    'Công việc',
    'Nhiệm vụ, giải pháp',
    'Nhiệm vụ cụ thể',
    'Tên nhiệm vụ, đề án',
    'Tên đề án',
    'Tên văn bản',
    'Tên chương trình, đề án',
    'Nội dung thực hiện'
  ],
  owner: [
    'Cơ quan chủ trì',
    'Đơn vị chủ trì',
    'Chủ trì',
    'Cơ quan, đơn vị chủ trì',
    'Cơ quan chủ trì thực hiện',
    'Cơ quan thực hiện',
    'Đơn vị thực hiện',
    'Cơ quan, đơn vị thực hiện',
    'Cơ quan chịu trách nhiệm',
    'Đơn vị chịu trách nhiệm',
    'Cơ quan chủ trì soạn thảo',
    'Cơ quan được giao',
    'Đơn vị được giao'
  ],
  coordinators: ['Cơ quan phối hợp', 'Đơn vị phối hợp', 'Phối hợp', 'Cơ quan, đơn vị phối hợp', 'Cơ quan phối hợp thực hiện'],
  result: ['Kết quả', 'Sản phẩm', 'Kết quả, sản phẩm', 'Kết quả dự kiến', 'Sản phẩm dự kiến', 'Hình thức văn bản', 'Sản phẩm đầu ra', 'Kết quả đầu ra'],
  deadline: [
    'Thời gian hoàn thành',
    'Thời hạn',
    'Tiến độ',
    'Thời gian thực hiện',
    'Thời hạn hoàn thành',
    'Tiến độ hoàn thành',
    'Thời gian trình',
    'Thời gian',
    'Thời hạn trình',
    'Tiến độ thực hiện'
  ]
}

/**
 * Words that rule a header out of a role even when it starts like one: a
 * targets table's `Nội dung chỉ tiêu` lists indicators, not tasks.
 */
export const columnExclusions: Readonly<Partial<Record<ColumnRole, readonly string[]>>> = {
  task: ['chỉ tiêu', 'chỉ số', 'kinh phí', 'dự toán'],
  // `Lãnh đạo phụ trách`, `Lãnh đạo chỉ đạo`: the leader who oversees the work, not the body that does it.
  owner: ['lãnh đạo', 'đơn vị tính'],
  coordinators: ['lãnh đạo']
}

/**
 * Words that name a role wherever they stand in a header the synonyms miss
 * (`Phòng chủ trì`, `Bộ phận phối hợp`, `Cơ quan, đơn vị, địa phương chủ trì`):
 * the weakest match, taken only when no column names the role better.
 */
export const columnKeywords: Readonly<Partial<Record<ColumnRole, readonly string[]>>> = {
  owner: ['chủ trì'],
  coordinators: ['phối hợp']
}

/**
 * Headers that name a role only when nothing names it better, and only whole: `STT | Đơn vị |
 * Nhiệm vụ | Thời hạn` lists the unit before its task, but a targets table's `Đơn vị` is the
 * unit of measure.
 */
export const weakSynonyms: Readonly<Partial<Record<ColumnRole, readonly string[]>>> = {
  owner: ['Đơn vị', 'Cơ quan', 'Cơ quan, đơn vị', 'Đơn vị, địa phương']
}

/** Roles whose header must equal a synonym (`Số` must not catch `Số lượng`). */
export const exactOnlyRoles: readonly ColumnRole[] = ['id']
