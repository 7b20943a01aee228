// Every string a person reads, in Chinese (default) and English. Names of labels, fields, slots and
// their states, sources, tiers, stages and roles come from graph/model's vocabulary; gap rule titles
// come from the server.
import type { Lang } from './langs';
import { AUDIT_STRINGS } from './auditStrings';
import { CHANGE_STRINGS } from './changeStrings';
import { SCOPE_STRINGS } from './scopeStrings';
import { TOOL_STRINGS } from './toolStrings';

export { LANGS, type Lang } from './langs';

export const STRINGS = {
  ...TOOL_STRINGS,
  ...AUDIT_STRINGS,
  ...SCOPE_STRINGS,
  ...CHANGE_STRINGS,
  appTitle: { zh: '南通产业创新链图谱', en: 'Nantong Innovation-Chain Graph' },
  appSubtitle: { zh: '产业链 · 创新链 · “六个一”', en: 'Industry chains · innovation chains · the six ones' },
  navOverview: { zh: '总览', en: 'Overview' },
  navPartners: { zh: '沪苏合作', en: 'Partners' },
  navQuestions: { zh: '分析问题', en: 'Questions' },
  navCompare: { zh: '地区对比', en: 'Compare' },
  navApi: { zh: '接口文档', en: 'API docs' },
  mainNav: { zh: '主导航', en: 'Main navigation' },
  language: { zh: '语言', en: 'Language' },
  loading: { zh: '正在加载…', en: 'Loading…' },
  loadFailed: { zh: '加载失败', en: 'Could not load' },
  retry: { zh: '重试', en: 'Try again' },
  empty: { zh: '暂无数据', en: 'No data' },
  notFoundTitle: { zh: '页面不存在', en: 'Page not found' },
  backToOverview: { zh: '返回总览', en: 'Back to the overview' },
  close: { zh: '关闭', en: 'Close' },

  // illustrative data and data gaps
  illustrativeBadge: { zh: '示例数据（虚构）', en: 'Illustrative (fictional)' },
  illustrativeRelation: { zh: '示例关系（虚构）', en: 'Illustrative link (fictional)' },
  /** The one mark an illustrative name carries where a badge cannot be drawn (canvas labels) or is short (matrix). */
  illustrativeMark: { zh: '〔示例〕', en: '[Illustrative] ' },
  illustrativeShort: { zh: '示例', en: 'Illustrative' },
  illustrativeBanner: {
    zh: '此处含示例数据（虚构），仅用于演示，不代表真实机构或真实承担者。',
    en: 'This view contains illustrative (fictional) data for demonstration; it names no real holder.',
  },
  dataGapNote: {
    zh: '提示：图中的“缺口”也可能是数据缺口——尚未录入不等于确实缺失。',
    en: 'Note: a gap in the graph can be a gap in the data — not recorded is not the same as missing.',
  },

  // session
  logIn: { zh: '登录', en: 'Log in' },
  logOut: { zh: '退出', en: 'Log out' },
  username: { zh: '用户名', en: 'Username' },
  password: { zh: '密码', en: 'Password' },
  loginNeeded: { zh: '本系统需登录后查看。', en: 'This site needs a login to read.' },
  loginHint: { zh: '请用右上角的“登录”登录后重试。', en: 'Log in (top right) and try again.' },

  // search
  searchLabel: { zh: '搜索产业、环节、机构', en: 'Search industries, links, organisations' },
  searchPlaceholder: { zh: '搜索（中文或英文）…', en: 'Search (Chinese or English)…' },
  searchNoResults: { zh: '没有匹配结果', en: 'No matches' },
  searchHint: { zh: '↑↓ 选择，Enter 打开，Esc 关闭', en: '↑↓ to choose, Enter to open, Esc to close' },
  searchResults: { zh: '搜索结果', en: 'Search results' },

  // overview
  overviewTitle: { zh: '“六个一”总览', en: 'The six ones (六个一) at a glance' },
  overviewIntro: {
    zh: '按《实施意见》三(一)，每个重点产业应有规划、龙头企业、创新中心、技术联盟、产业基金和一套公共技术服务平台。点击或按 Enter 打开产业链。',
    en: 'Under task 三(一) every key industry should have a plan, a lead firm, an innovation centre, an alliance, a fund and a set of public platforms. Click a row or press Enter to open its chain.',
  },
  matrixCaption: { zh: '各产业“六个一”落实情况', en: 'Six-ones status by industry' },
  industry: { zh: '产业', en: 'Industry' },
  score: { zh: '得分', en: 'Score' },
  gapsCount: { zh: '缺口', en: 'Gaps' },
  cityTotals: { zh: '全市概况', en: 'City totals' },
  industriesCount: { zh: '重点产业', en: 'Key industries' },
  averageScore: { zh: '平均得分', en: 'Average score' },
  gapsBySeverity: { zh: '缺口（按严重程度）', en: 'Gaps by severity' },
  topGaps: { zh: '主要缺口', en: 'Top gaps' },
  targetProgress: { zh: '目标进度', en: 'Target progress' },
  latestValue: { zh: '最新值', en: 'Latest' },
  targetValue: { zh: '目标', en: 'Target' },
  illustrativeShare: { zh: '结论所依据事实中示例数据占比', en: 'Share of illustrative facts behind the findings' },
  legend: { zh: '图例', en: 'Legend' },

  // chain view
  chainTitle: { zh: '产业链', en: 'Industry chain' },
  notAnalysed: {
    zh: '该产业不在“六个一”分析范围内（按配置的产业层级），因此不标注缺位。',
    en: 'This industry is outside the six-ones analysis (by the configured tiers), so no slot is marked missing.',
  },
  analysedAsPart: { zh: '该产业作为细分领域并入上级产业分析：', en: 'Analysed as a subsector of:' },
  expandAll: { zh: '展开全部环节', en: 'Expand all links' },
  collapseAll: { zh: '全部收起', en: 'Collapse all' },
  expandLink: { zh: '展开该环节全部成员', en: 'Show all members of this link' },
  collapseLink: { zh: '收起该环节', en: 'Collapse this link' },
  exportPng: { zh: '导出 PNG', en: 'Export PNG' },
  exportSvg: { zh: '导出 SVG', en: 'Export SVG' },
  fitView: { zh: '适应窗口', en: 'Fit to view' },
  graphAria: { zh: '产业链图：从上游到下游', en: 'Chain graph, upstream to downstream' },
  industryGaps: { zh: '本产业缺口', en: 'Gaps of this industry' },
  noGaps: { zh: '未发现缺口', en: 'No gaps found' },
  truncatedNote: {
    zh: '成员过多，部分环节仅显示前若干个（计数仍为全部）。',
    en: 'Too many members: some links show only the first ones (counts are complete).',
  },
  countsFirms: { zh: '企业', en: 'firms' },
  countsLocal: { zh: '本地', en: 'local' },
  countsPlatforms: { zh: '平台', en: 'platforms' },
  countsInstitutes: { zh: '机构', en: 'institutes' },
  countsCentres: { zh: '中心', en: 'centres' },
  missingSlot: { zh: '缺', en: 'Missing' },
  moreMembers: { zh: '另有', en: 'more' },
  ghostExplain: {
    zh: '虚线框表示该“六个一”位置无记录的承担者。',
    en: 'A dashed box is a six-ones slot with no holder on record.',
  },

  // legend
  legendSeverity: { zh: '缺口严重程度（颜色 + 边框）', en: 'Gap severity (colour + border)' },
  legendNodes: { zh: '节点类型（形状）', en: 'Node types (shape)' },
  legendGhost: { zh: '缺位（虚线框）', en: 'Missing slot (dashed)' },
  legendIllustrative: { zh: '示例数据（虚构），标在名称前', en: 'illustrative (fictional) data, marked before the name' },
  legendNoGap: { zh: '无缺口', en: 'No gap' },
  severityWord: { zh: '严重程度', en: 'Severity' },
  borderDouble: { zh: '双线', en: 'double' },
  borderDashed: { zh: '虚线', en: 'dashed' },
  borderDotted: { zh: '点线', en: 'dotted' },

  // detail panel
  details: { zh: '详情', en: 'Details' },
  properties: { zh: '属性', en: 'Properties' },
  provenance: { zh: '来源', en: 'Source' },
  documentSection: { zh: '政策原文章节', en: 'Document section' },
  neighbours: { zh: '关联节点', en: 'Neighbours' },
  gapsOfNode: { zh: '相关缺口', en: 'Gaps' },
  suggestions: { zh: '建议', en: 'Suggestions' },
  candidates: { zh: '候选合作方', en: 'Candidate partners' },
  evidence: { zh: '依据', en: 'Evidence' },
  gapWord: { zh: '缺口', en: 'Gap' },
  openChain: { zh: '打开所在产业链', en: 'Open its chain' },
  openNode: { zh: '查看节点', en: 'Open node' },
  slot: { zh: '“六个一”位置', en: 'Six-ones slot' },
  status: { zh: '状态', en: 'Status' },
  selectHint: { zh: '点击图中节点或缺口查看详情。', en: 'Select a node or a gap to see its details.' },
  outgoing: { zh: '指向', en: 'to' },
  incoming: { zh: '来自', en: 'from' },
  noNeighbours: { zh: '无关联节点', en: 'No neighbours' },
  linkCounts: { zh: '覆盖情况', en: 'Coverage' },
  membersShownOf: { zh: '显示 {shown} / 共 {total}', en: 'showing {shown} of {total}' },

  // partners
  partnersTitle: { zh: '沪苏跨江合作', en: 'Links with Shanghai and southern Jiangsu' },
  partnersIntro: {
    zh: '按《实施意见》三(三)、三(五)，各县（市）区应有与上海或苏南共建的园区，各产业应对接沪苏创新资源。',
    en: 'Tasks 三(三) and 三(五): every county or district should have a park co-built with Shanghai or southern Jiangsu, and every industry should draw on their innovation resources.',
  },
  partners: { zh: '合作方', en: 'Partners' },
  coBuiltParks: { zh: '共建园区', en: 'Co-built parks' },
  noPartners: { zh: '无记录的合作方', en: 'No partner on record' },
  cityPartners: { zh: '全市层面', en: 'City level' },
  byIndustry: { zh: '按产业', en: 'By industry' },

  // questions
  questionsTitle: { zh: '分析问题', en: 'Analyst questions' },
  questionsIntro: {
    zh: '预设的缺口与来源分析问题，结果可下载为 CSV 或 Excel。',
    en: 'Ready-made questions on gaps and sources; download the answers as CSV or Excel.',
  },
  downloadCsv: { zh: '下载 CSV', en: 'Download CSV' },
  downloadXlsx: { zh: '下载 Excel', en: 'Download Excel' },
  rows: { zh: '行', en: 'rows' },
  allQuestions: { zh: '全部问题', en: 'All questions' },

  // node page
  nodeTitle: { zh: '节点', en: 'Node' },
  neighbourhood: { zh: '邻域', en: 'Neighbourhood' },

  // login page and header menus
  loginIntro: {
    zh: '本系统需登录后查看。登录后将打开您要访问的页面。',
    en: 'This site needs a login to read. After logging in you go on to the page you asked for.',
  },
  loggingIn: { zh: '正在登录…', en: 'Logging in…' },
  loginFailedTitle: { zh: '登录失败', en: 'Login failed' },
  loginRateLimitedTitle: { zh: '尝试次数过多', en: 'Too many attempts' },
  navMore: { zh: '更多', en: 'More' },
  headerMenu: { zh: '菜单', en: 'Menu' },
} as const satisfies Record<string, Record<Lang, string>>;

export type StringKey = keyof typeof STRINGS;

// Names of tiers, enum values and roles live in graph/model's vocabulary, like every other name.
export { TIER_NAMES, VALUE_NAMES, ROLE_NAMES } from '../../../graph/model';
