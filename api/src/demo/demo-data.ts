import type { Role } from '../auth/permissions';
import { DAY_MS } from '../loyalty';

/** The demo workspace shown by the demo ticket page and used by the README's quick start. */
export const DEMO_WORKSPACE_ID = 'demo';
export const DEMO_WORKSPACE_NAME = 'Demo Helpdesk';

/**
 * Who a demo visitor signs in as, per role (user id `demo-<role>`): the session endpoint
 * signs the name into the token, so the people directory names who assigned or closed a
 * follow-up, and hands it to the demo pages, which show who is signed in.
 */
export const DEMO_PEOPLE = {
  agent: 'Sam Rivera',
  sales: 'Rita Gomez',
  admin: 'Ada Okafor',
} as const satisfies Partial<Record<Role, string>>;

interface DemoAnswer {
  score: number;
  /** How long before the first seeding the answer was given. */
  ageMs: number;
  comment: string | null;
  channel: string;
}

export interface DemoContact {
  externalId: string;
  email: string;
  name: string;
  company: string;
  plan: string;
  region: string;
  accountValue: number;
  signedUpDaysAgo: number;
  npsHistory: DemoAnswer[];
}

/** One contact per category, each with a history that shows a movement. */
export const DEMO_CONTACTS: DemoContact[] = [
  {
    externalId: 'zd-1001',
    email: 'maya.patel@northwind.example',
    name: 'Maya Patel',
    company: 'Northwind Traders',
    plan: 'enterprise',
    region: 'EMEA',
    accountValue: 48000,
    signedUpDaysAgo: 540,
    npsHistory: [
      { score: 6, ageMs: 300 * DAY_MS, comment: 'Onboarding took longer than promised.', channel: 'email' },
      { score: 8, ageMs: 180 * DAY_MS, comment: 'Much better since the new dashboard.', channel: 'email' },
      {
        score: 10,
        ageMs: 3 * DAY_MS,
        comment: 'Your support team solved our SSO issue in an hour. Brilliant!',
        channel: 'in-app',
      },
    ],
  },
  {
    externalId: 'zd-1002',
    email: 'tom.becker@contoso.example',
    name: 'Tom Becker',
    company: 'Contoso',
    plan: 'growth',
    region: 'AMER',
    accountValue: 12000,
    signedUpDaysAgo: 400,
    npsHistory: [
      { score: 7, ageMs: 200 * DAY_MS, comment: 'Does the job.', channel: 'email' },
      { score: 8, ageMs: 10 * DAY_MS, comment: 'Good overall, but reporting exports are slow.', channel: 'email' },
    ],
  },
  {
    externalId: 'zd-1003',
    email: 'lena.fischer@fabrikam.example',
    name: 'Lena Fischer',
    company: 'Fabrikam',
    plan: 'growth',
    region: 'EMEA',
    accountValue: 18000,
    signedUpDaysAgo: 700,
    npsHistory: [
      { score: 9, ageMs: 120 * DAY_MS, comment: 'Great product, great people.', channel: 'email' },
      {
        score: 3,
        ageMs: 2 * 60 * 60 * 1000,
        comment: 'Billing charged us twice and nobody answered for a week.',
        channel: 'chat',
      },
    ],
  },
];
