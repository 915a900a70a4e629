// The source of truth for message keys: en.ts must have exactly these keys (checked by a test and by the type).
export const zhCN = {
  app: {
    title: '销售管理平台',
    languageSwitch: '语言',
    comingSoon: '此页面将在 GraphQL 架构就绪后提供。',
    notFound: '页面不存在',
    backHome: '返回首页',
  },
  nav: {
    dashboard: '仪表盘',
    regions: '区域',
    staff: '员工',
    customers: '客户',
    contracts: '合同',
    approvals: '审批',
    receivables: '应收账款',
    targets: '销售目标',
    audit: '审计',
  },
  auth: {
    login: {
      title: '登录',
      subtitle: '使用您的账号登录 SalesGraph',
      username: '用户名',
      password: '密码',
      submit: '登录',
      usernameRequired: '请输入用户名',
      passwordRequired: '请输入密码',
      demoAccounts: '演示账号',
      demoAccountsHint: '仅开发环境:选择一个账号以自动填写',
    },
    errors: {
      invalidGrant: '用户名或密码错误',
      tooManyAttempts: '尝试次数过多,请稍后再试',
      unavailable: '登录服务暂不可用,请稍后再试',
    },
    sessionExpired: '登录已过期,请重新登录',
    logout: '退出登录',
    signedInAs: '当前用户:{username}',
  },
  errors: {
    conflict: '数据已被他人修改,请刷新后重试',
    validation: '请检查输入内容',
    forbidden: '您无权执行此操作',
    network: '网络错误,请稍后再试',
    unknown: '发生未知错误',
  },
  dashboard: {
    salesTrend: '销售趋势',
    noData: '暂无数据',
  },
  contracts: {
    fields: {
      number: '合同编号',
      customer: '客户',
      listTotal: '原价总价',
      agreedTotal: '实际成交价',
      discount: '折扣',
      signedDate: '签订日期',
      status: '状态',
    },
  },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** The shape every locale must have: the zh-CN keys with any string as value. */
export type Messages = Widen<typeof zhCN>;
