import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { DAY_MS, categoryOfScore, type LoyaltyCategory } from '../loyalty';
import type { AnswerField } from '../modules/import/import.rows';

// A year of a made-up helpdesk's answers for the demo workspace, the same on every run (a
// seeded generator), so that the report page and the sales view have something to say on a
// fresh machine: a few hundred contacts on three plans in three regions, a quarterly NPS
// survey by email or in the app (each contact on a day of their own), CSAT after support tickets handled by eight agents in three
// teams, CES after onboarding; detractors of whom about half recover by their next answer,
// and promoters of whom a few fall. Pure: no I/O, times relative to `now`.

export interface DemoYearContact {
  externalId: string;
  email: string;
  name: string;
  company: string;
  plan: string;
  region: string;
  accountValue: number;
  signedUpAt: Date;
}

/** An answer as an import row gives it (the fields of `responseRecord`). */
export type DemoYearAnswer = Partial<Record<AnswerField, unknown>>;

export interface DemoYear {
  contacts: DemoYearContact[];
  answers: DemoYearAnswer[];
}

const CONTACTS = 600;
const SEED = 20_261_201;

const FIRST_NAMES = [
  'Amara',
  'Ben',
  'Chloé',
  'Daniel',
  'Elif',
  'Felix',
  'Grace',
  'Hiro',
  'Ines',
  'Jonas',
  'Kai',
  'Lucía',
  'Mateo',
  'Nadia',
  'Omar',
  'Priya',
  'Quentin',
  'Rosa',
  'Samir',
  'Tara',
  'Umar',
  'Vera',
  'Wei',
  'Yara',
];
const LAST_NAMES = [
  'Adams',
  'Berg',
  'Chen',
  'Dubois',
  'Eriksen',
  'Fontaine',
  'García',
  'Haddad',
  'Ivanova',
  'Jensen',
  'Kowalski',
  'Li',
  'Moreau',
  'Nakamura',
  'Okafor',
  'Petrov',
  'Rossi',
  'Schmidt',
  'Tanaka',
  'Weber',
];
const COMPANIES = [
  'Alpine Analytics',
  'Bluefin Logistics',
  'Cedar Health',
  'Driftwood Media',
  'Evergreen Foods',
  'Falcon Freight',
  'Granite Insurance',
  'Harbor Retail',
  'Ironbark Energy',
  'Juniper Travel',
  'Kestrel Robotics',
  'Lumen Learning',
  'Maple Finance',
  'Nimbus Cloudworks',
  'Orchid Beauty',
  'Pinnacle Legal',
  'Quarry Construction',
  'Riverstone Bank',
  'Sequoia Software',
  'Tidewater Marine',
  'Umbra Security',
  'Vantage Telecom',
  'Willow Pharmacy',
  'Zephyr Airlines',
];
const REGIONS = ['EMEA', 'AMER', 'APAC'];

interface Plan {
  name: string;
  share: number;
  accountValue: [number, number];
  /** How much likelier than average its contacts are to be promoters. */
  mood: number;
}

const PLANS: Plan[] = [
  { name: 'starter', share: 0.45, accountValue: [600, 4_800], mood: -0.08 },
  { name: 'growth', share: 0.35, accountValue: [8_000, 30_000], mood: 0 },
  { name: 'enterprise', share: 0.2, accountValue: [40_000, 150_000], mood: 0.1 },
];

/** Agents by team, and how well each handles a ticket (added to the CSAT score). */
const AGENTS: { id: string; team: string; skill: number }[] = [
  { id: 'agent-ana', team: 'tier-1', skill: 0.6 },
  { id: 'agent-bilal', team: 'tier-1', skill: 0.2 },
  { id: 'agent-carla', team: 'tier-1', skill: -0.5 },
  { id: 'agent-dev', team: 'tier-2', skill: 0.8 },
  { id: 'agent-emma', team: 'tier-2', skill: 0.3 },
  { id: 'agent-farid', team: 'billing', skill: -0.2 },
  { id: 'agent-gina', team: 'billing', skill: 0.4 },
  { id: 'agent-hugo', team: 'tier-2', skill: 0 },
];

/** What people write, by what they feel and what it is about (the topic is also the tag). */
const COMMENTS: Record<LoyaltyCategory, [topic: string, comment: string][]> = {
  PROMOTER: [
    ['support', 'Support answered within minutes and fixed it for good.'],
    ['reporting', 'The new dashboards save my team hours every week.'],
    ['onboarding', 'Onboarding was smooth, we were live in two days.'],
    ['sso', 'SSO setup just worked. Our IT team was impressed.'],
    ['support', 'Always a real person on the other end. Thank you!'],
  ],
  PASSIVE: [
    ['reporting', 'Good tool, but exports could be faster.'],
    ['pricing', 'Does what we need; the price went up a bit much.'],
    ['performance', 'Mostly fine, some pages are slow in the afternoon.'],
    ['onboarding', 'Took a while to learn, fine now.'],
  ],
  DETRACTOR: [
    ['billing', 'We were charged twice and it took a week to sort out.'],
    ['performance', 'The app was down during our busiest hour.'],
    ['support', 'Three agents asked me the same questions. Nobody fixed it.'],
    ['pricing', 'Too expensive for what we use.'],
    ['sso', 'SSO broke after your update and locked out half the team.'],
  ],
};

type Random = () => number;

function randomOf(seed: number): Random {
  const generator = xoroshiro128plus(seed);
  return () => uniformFloat64(generator);
}

function pick<T>(random: Random, values: readonly T[]): T {
  return values[Math.floor(random() * values.length)]!;
}

function between(random: Random, [low, high]: [number, number]): number {
  return low + Math.floor(random() * (high - low + 1));
}

function clampScore(score: number, max: number, min = 0): number {
  return Math.max(min, Math.min(max, Math.round(score)));
}

/** A 0-10 answer of someone whose loyalty is `mood` (below 0: detractor-like, above 1: promoter-like). */
function npsScore(random: Random, mood: number): number {
  return clampScore(4 + mood * 5 + (random() - 0.5) * 3, 10);
}

/** The demo year as of `now`: every answer at least an hour old, the oldest about a year. */
export function demoYear(now: Date): DemoYear {
  const random = randomOf(SEED);
  const ago = (days: number) => new Date(now.getTime() - days * DAY_MS);
  const contacts: DemoYearContact[] = [];
  const answers: DemoYearAnswer[] = [];
  let ticket = 5_000;

  for (let index = 0; index < CONTACTS; index += 1) {
    const plan = random() < PLANS[0]!.share ? PLANS[0]! : random() < 0.64 ? PLANS[1]! : PLANS[2]!;
    const first = pick(random, FIRST_NAMES);
    const last = pick(random, LAST_NAMES);
    const company = pick(random, COMPANIES);
    const externalId = `zd-${2001 + index}`;
    const domain = `${company.toLowerCase().replaceAll(' ', '-')}.example`;
    const signedUpDaysAgo = between(random, [20, 900]);
    const contact: DemoYearContact = {
      externalId,
      email: `${first.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()}.${index}@${domain}`,
      name: `${first} ${last}`,
      company,
      plan: plan.name,
      region: pick(random, REGIONS),
      accountValue: between(random, plan.accountValue),
      signedUpAt: ago(signedUpDaysAgo),
    };
    contacts.push(contact);
    const common = {
      externalId,
      email: contact.email,
      plan: contact.plan,
      region: contact.region,
      source: 'demo-seed',
    };

    // Surveyed every 90 days from a day of their own, oldest first. Loyalty drifts: a
    // detractor is recovered (or not) by the next survey; a few promoters fall.
    let mood = 0.7 + plan.mood * 5 + (random() - 0.5) * 1.6;
    const phase = between(random, [2, 89]);
    for (let survey = 0; survey < 4; survey += 1) {
      const daysAgo = phase + (3 - survey) * 90;
      if (daysAgo > signedUpDaysAgo - 30 || random() < 0.15) continue;
      const score = npsScore(random, mood);
      const category = categoryOfScore(score);
      const [topic, comment] = pick(random, COMMENTS[category]);
      const inApp = random() < 0.4;
      answers.push({
        ...common,
        metric: 'NPS',
        score,
        comment: random() < 0.7 ? comment : null,
        tags: random() < 0.7 ? [topic] : [],
        channel: inApp ? 'in-app' : 'email',
        campaign: inApp ? 'in-app-nps' : 'quarterly-nps',
        answeredAt: ago(daysAgo),
        sourceId: `${externalId}-nps-${survey + 1}`,
      });
      if (category === 'DETRACTOR') mood = random() < 0.55 ? mood + 0.9 : mood - 0.1;
      else if (category === 'PROMOTER' && random() < 0.1) mood -= 1;
    }

    // Support tickets over the year, each followed by a CSAT survey (1-5) now and then.
    const tickets = between(random, [0, 4]);
    for (let count = 0; count < tickets; count += 1) {
      const daysAgo = between(random, [1, Math.min(360, signedUpDaysAgo)]);
      if (random() < 0.35) continue;
      const agent = pick(random, AGENTS);
      ticket += 1;
      answers.push({
        ...common,
        metric: 'CSAT',
        score: clampScore(3 + mood + agent.skill + (random() - 0.5) * 2, 5, 1),
        scaleMax: 5,
        channel: random() < 0.6 ? 'chat' : 'email',
        campaign: 'post-ticket',
        ticketId: `ZD-${ticket}`,
        agentId: agent.id,
        team: agent.team,
        answeredAt: new Date(ago(daysAgo).getTime() + between(random, [1, 20]) * 3_600_000),
        sourceId: `${externalId}-csat-${ticket}`,
      });
    }

    // Effort, asked once after onboarding of the contacts who signed up this year.
    if (signedUpDaysAgo < 340 && random() < 0.5) {
      answers.push({
        ...common,
        metric: 'CES',
        score: clampScore(5 + plan.mood * 10 + (random() - 0.5) * 4, 7, 1),
        scaleMax: 7,
        channel: 'in-app',
        campaign: 'onboarding',
        answeredAt: ago(signedUpDaysAgo - 14),
        sourceId: `${externalId}-ces-onboarding`,
      });
    }
  }
  return { contacts, answers };
}
