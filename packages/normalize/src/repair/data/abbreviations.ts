/**
 * Abbreviations common in Vietnamese administrative text, as printed. An OCR engine without
 * Vietnamese prints Đ as D (`DMST`), so each is also found by its skeleton (Đ → D). Sources:
 * the abbreviation lists of Decree 30/2020/NĐ-CP (annex on document types and agencies) and
 * the usual programme names of Resolution 57-NQ/TW. Add, don't tune: entries must be generic.
 */
export const ABBREVIATIONS: readonly string[] = [
  'KHCN', 'KH&CN', 'ĐMST', 'CĐS', 'TTHC', 'BCĐ', 'BCĐTW', 'CQTTBCĐ', 'UBND', 'HĐND', 'MTTQ', 'CNTT',
  'CSDL', 'ĐBQH', 'ĐBSCL', 'ĐHQG', 'NĐ', 'QĐ', 'TT', 'NQ', 'CP', 'TW', 'KH', 'TB', 'CV', 'VPCP',
  'VPTW', 'BCH', 'BTV', 'BKHCN', 'BCA', 'BQP', 'BTC', 'BNV', 'BTP', 'BYT', 'BGDĐT', 'TTg', 'TTXVN',
  'ĐTM', 'ĐTHT', 'KCN', 'KCNC', 'DNNN', 'DNNVV', 'FDI', 'ODA', 'PPP', 'GDP', 'AI', 'IoT', 'ICT',
  'VNeID', 'TP', 'HCM', 'TP.HCM', 'GD&ĐT', 'LĐTBXH', 'TN&MT', 'NN&PTNT', 'VH,TT&DL', 'ĐTĐL',
  'QLNN', 'HTX', 'ĐVHC', 'CCHC', 'PAKN', 'QPAN', 'ANQP', 'TTTT', 'TT&TT', 'BCĐQG', 'VKSND', 'TAND'
]
