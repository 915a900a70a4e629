import type { Messages } from '@/lib/i18n/messages/zh-cn';

export const en: Messages = {
  app: {
    title: 'SalesGraph',
    languageSwitch: 'Language',
    comingSoon: 'This page arrives once the GraphQL schema is ready.',
    notFound: 'Page not found',
    backHome: 'Back to the dashboard',
  },
  nav: {
    dashboard: 'Dashboard',
    regions: 'Regions',
    staff: 'Staff',
    customers: 'Customers',
    contracts: 'Contracts',
    approvals: 'Approvals',
    receivables: 'Receivables',
    targets: 'Targets',
    audit: 'Audit',
  },
  auth: {
    login: {
      title: 'Sign in',
      subtitle: 'Sign in to SalesGraph with your account',
      username: 'Username',
      password: 'Password',
      submit: 'Sign in',
      usernameRequired: 'Enter your username',
      passwordRequired: 'Enter your password',
      demoAccounts: 'Demo accounts',
      demoAccountsHint: 'Development only: pick an account to fill in the form',
    },
    errors: {
      invalidGrant: 'Wrong username or password',
      tooManyAttempts: 'Too many attempts, please try again later',
      unavailable: 'Sign-in is unavailable right now, please try again later',
    },
    sessionExpired: 'Your session has expired, please sign in again',
    logout: 'Sign out',
    signedInAs: 'Signed in as {username}',
  },
  errors: {
    conflict: 'Someone else changed this record; reload and try again',
    validation: 'Please check your input',
    forbidden: 'You are not allowed to do this',
    network: 'Network error, please try again later',
    unknown: 'Something went wrong',
  },
  dashboard: {
    salesTrend: 'Sales trend',
    noData: 'No data yet',
  },
  contracts: {
    fields: {
      number: 'Contract number',
      customer: 'Customer',
      listTotal: 'List total',
      agreedTotal: 'Agreed total',
      discount: 'Discount',
      signedDate: 'Signed date',
      status: 'Status',
    },
  },
};
